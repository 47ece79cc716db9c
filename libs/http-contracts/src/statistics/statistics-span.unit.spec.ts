import { DomainError } from '@citypoints/contracts';
import { statisticsSpan } from './statistics-span';

describe('statisticsSpan', () => {
  it('counts the 84 days up to today by default', () => {
    expect(statisticsSpan({}, '2026-12-06')).toEqual({ from: '2026-09-14', to: '2026-12-06' });
  });

  it('counts 84 days up to a given last day, and a given span as asked', () => {
    expect(statisticsSpan({ to: '2026-03-31' }, '2026-12-06')).toEqual({
      from: '2026-01-07',
      to: '2026-03-31',
    });
    expect(statisticsSpan({ from: '2026-11-30', to: '2026-11-30' }, '2026-12-06')).toEqual({
      from: '2026-11-30',
      to: '2026-11-30',
    });
  });

  it('refuses a span that ends before it starts, naming from', () => {
    const refusal = () => statisticsSpan({ from: '2026-12-01', to: '2026-11-30' }, '2026-12-06');
    expect(refusal).toThrow(DomainError);
    expect(refusal).toThrow(
      expect.objectContaining({ code: 'statistics-span-reversed', field: 'from' }),
    );
  });

  it('refuses more than two years of days at once', () => {
    expect(statisticsSpan({ from: '2024-11-25' }, '2026-12-06').from).toBe('2024-11-25');
    expect(() => statisticsSpan({ from: '2024-11-24' }, '2026-12-06')).toThrow(
      expect.objectContaining({ code: 'statistics-span-too-long', field: 'from' }),
    );
  });
});
