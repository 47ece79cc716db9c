import { MAX_POINTS } from '@citypoints/contracts';
import { forfeitChunks } from './forfeit-chunks';

describe('forfeitChunks', () => {
  it('takes a balance within the cap in one movement', () => {
    expect(forfeitChunks(70)).toEqual([70]);
    expect(forfeitChunks(MAX_POINTS)).toEqual([MAX_POINTS]);
  });

  it('takes a larger balance in movements of at most the cap, summing to it', () => {
    expect(forfeitChunks(2 * MAX_POINTS + 5)).toEqual([MAX_POINTS, MAX_POINTS, 5]);
  });

  it('moves nothing from an empty account', () => {
    expect(forfeitChunks(0)).toEqual([]);
  });
});
