import { DomainError } from '@citypoints/contracts';
import { assertSchedule } from './assert-schedule';
import { MAX_EXCEPTIONS, MAX_WEEKLY_HOURS } from './schedule';
import { scheduleProblems } from './schedule-problems';

const weekly = (hours: unknown) => ({ kind: 'weekly', hours });
const closedOn = (date: string) => ({ date, closed: true });

describe('scheduleProblems', () => {
  it.each([
    ['always', { kind: 'always' }],
    ['an event', { kind: 'event', start: '2027-03-28T00:30', end: '2027-03-28T03:00' }],
    ['office hours', weekly([{ day: 1, open: '09:00', close: '17:00' }])],
    ['a night walk past midnight', weekly([{ day: 6, open: '22:00', close: '02:00' }])],
    ['a whole day', weekly([{ day: 7, open: '00:00', close: '24:00' }])],
    [
      'back-to-back windows, Sunday night into Monday',
      weekly([
        { day: 7, open: '20:00', close: '01:00' },
        { day: 1, open: '01:00', close: '03:00' },
      ]),
    ],
    [
      'exceptions',
      {
        kind: 'always',
        exceptions: [closedOn('2027-12-25'), { date: '2027-12-24', open: '22:00', close: '02:00' }],
      },
    ],
  ])('accepts %s', (_, schedule) => {
    expect(scheduleProblems(schedule)).toEqual([]);
  });

  it.each([
    ['not an object', 'always', 'schedule', 'malformed-schedule'],
    ['an unknown kind', { kind: 'daily' }, 'schedule.kind', 'malformed-schedule'],
    [
      'an event ending at its start',
      { kind: 'event', start: '2027-03-28T10:00', end: '2027-03-28T10:00' },
      'schedule.end',
      'end-not-after-start',
    ],
    [
      'an event ending before its start',
      { kind: 'event', start: '2027-03-28T10:00', end: '2027-03-27T11:00' },
      'schedule.end',
      'end-not-after-start',
    ],
    [
      'a date-time with seconds',
      { kind: 'event', start: '2027-03-28T10:00:00', end: '2027-03-28T11:00' },
      'schedule.start',
      'malformed-time',
    ],
    [
      'a date that does not exist',
      { kind: 'event', start: '2027-02-28T10:00', end: '2027-02-30T11:00' },
      'schedule.end',
      'malformed-time',
    ],
    ['hours that are not a list', weekly('mon 9-17'), 'schedule.hours', 'malformed-schedule'],
    ['an entry that is not an object', weekly([1]), 'schedule.hours.0', 'malformed-schedule'],
    [
      'day 0',
      weekly([{ day: 0, open: '09:00', close: '17:00' }]),
      'schedule.hours.0.day',
      'unknown-day',
    ],
    [
      'day 8',
      weekly([{ day: 8, open: '09:00', close: '17:00' }]),
      'schedule.hours.0.day',
      'unknown-day',
    ],
    [
      'a day by name',
      weekly([{ day: 'mon', open: '09:00', close: '17:00' }]),
      'schedule.hours.0.day',
      'unknown-day',
    ],
    [
      'hour 25',
      weekly([{ day: 1, open: '25:00', close: '17:00' }]),
      'schedule.hours.0.open',
      'malformed-time',
    ],
    [
      'a time without a leading zero',
      weekly([{ day: 1, open: '9:00', close: '17:00' }]),
      'schedule.hours.0.open',
      'malformed-time',
    ],
    [
      "an opening at '24:00'",
      weekly([{ day: 1, open: '24:00', close: '02:00' }]),
      'schedule.hours.0.open',
      'malformed-time',
    ],
    [
      'a close equal to the open',
      weekly([{ day: 1, open: '09:00', close: '09:00' }]),
      'schedule.hours.0.close',
      'empty-window',
    ],
    [
      'windows that overlap on one day',
      weekly([
        { day: 2, open: '09:00', close: '12:00' },
        { day: 2, open: '11:00', close: '13:00' },
      ]),
      'schedule.hours.0',
      'overlapping-hours',
    ],
    [
      'a night walk overlapping the next morning',
      weekly([
        { day: 1, open: '08:00', close: '10:00' },
        { day: 7, open: '22:00', close: '09:00' },
      ]),
      'schedule.hours.1',
      'overlapping-hours',
    ],
    [
      'too many weekly entries',
      weekly(
        Array.from({ length: MAX_WEEKLY_HOURS + 1 }, () => ({
          day: 1,
          open: '09:00',
          close: '10:00',
        })),
      ),
      'schedule.hours',
      'too-many-entries',
    ],
    [
      'too many exceptions',
      {
        kind: 'always',
        exceptions: Array.from({ length: MAX_EXCEPTIONS + 1 }, () => closedOn('2027-01-01')),
      },
      'schedule.exceptions',
      'too-many-entries',
    ],
    [
      'exceptions that are not a list',
      { kind: 'always', exceptions: {} },
      'schedule.exceptions',
      'malformed-schedule',
    ],
    [
      'an exception with a bad date',
      { kind: 'always', exceptions: [closedOn('2027-13-01')] },
      'schedule.exceptions.0.date',
      'malformed-time',
    ],
    [
      'an exception both closed and with hours',
      {
        kind: 'always',
        exceptions: [{ date: '2027-01-01', closed: true, open: '10:00', close: '11:00' }],
      },
      'schedule.exceptions.0',
      'malformed-schedule',
    ],
    [
      'an exception closed: false',
      { kind: 'always', exceptions: [{ date: '2027-01-01', closed: false }] },
      'schedule.exceptions.0',
      'malformed-schedule',
    ],
    [
      'an exception with hours missing',
      { kind: 'always', exceptions: [{ date: '2027-01-01', open: '10:00' }] },
      'schedule.exceptions.0.close',
      'malformed-time',
    ],
    [
      'two exceptions on one date',
      {
        kind: 'always',
        exceptions: [closedOn('2027-01-01'), { date: '2027-01-01', open: '10:00', close: '11:00' }],
      },
      'schedule.exceptions.1.date',
      'duplicate-exception',
    ],
  ])('refuses %s, naming the field', (_, schedule, field, code) => {
    expect(scheduleProblems(schedule)).toEqual([expect.objectContaining({ field, code })]);
  });

  it('lists every problem, under the field the caller names', () => {
    const problems = scheduleProblems(
      { kind: 'event', start: 'tomorrow', end: '2027-03-28', exceptions: [closedOn('1 May')] },
      'activity.schedule',
    );
    expect(problems.map((problem) => problem.field)).toEqual([
      'activity.schedule.start',
      'activity.schedule.end',
      'activity.schedule.exceptions.0.date',
    ]);
    expect(problems[0].message).toBe(
      'activity.schedule.start must be a local date-time YYYY-MM-DDTHH:mm',
    );
  });
});

describe('assertSchedule', () => {
  it('throws the first problem as an invalid DomainError naming the field', () => {
    const event = { kind: 'event', start: '2027-03-28T10:00', end: '2027-03-28T09:00' };
    const thrown = catchError(() => assertSchedule(event));
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({
      kind: 'invalid',
      code: 'end-not-after-start',
      field: 'schedule.end',
      message: 'schedule.end must be after schedule.start',
    });
  });

  it('passes a valid schedule', () => {
    expect(() => assertSchedule({ kind: 'always' })).not.toThrow();
  });
});

function catchError(act: () => void): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  return undefined;
}
