import { MAX_AMOUNT } from '../accounts/movement';
import { forfeitChunks } from './forfeit-chunks';

describe('forfeitChunks', () => {
  it('takes a balance within the cap in one movement', () => {
    expect(forfeitChunks(70)).toEqual([70]);
    expect(forfeitChunks(MAX_AMOUNT)).toEqual([MAX_AMOUNT]);
  });

  it('takes a larger balance in movements of at most the cap, summing to it', () => {
    expect(forfeitChunks(2 * MAX_AMOUNT + 5)).toEqual([MAX_AMOUNT, MAX_AMOUNT, 5]);
  });

  it('moves nothing from an empty account', () => {
    expect(forfeitChunks(0)).toEqual([]);
  });
});
