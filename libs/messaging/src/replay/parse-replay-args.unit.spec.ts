import { parseReplayArgs } from './parse-replay-args';
import { ReplayArgumentError } from './replay-argument-error';

describe('parseReplayArgs', () => {
  it('takes a dead-letter topic, offsets, a partition and the flags', () => {
    expect(
      parseReplayArgs([
        'citypoints.ledger.v1.dlt',
        '--from',
        '3',
        '--to=9007199254740993',
        '--partition',
        '2',
        '--dry-run',
      ]),
    ).toEqual({
      topic: 'citypoints.ledger.v1.dlt',
      from: 3n,
      to: 9007199254740993n,
      partition: 2,
      dryRun: true,
      yes: false,
    });
  });

  it('reads the whole topic, asking before publishing, when given only the topic', () => {
    expect(parseReplayArgs(['citypoints.ledger.v1.dlt'])).toEqual({
      topic: 'citypoints.ledger.v1.dlt',
      dryRun: false,
      yes: false,
    });
  });

  it.each([
    [[], /expected one dead-letter topic, got 0; usage: /],
    [['a.dlt', 'b.dlt'], /expected one dead-letter topic, got 2/],
    [
      ['citypoints.ledger.v1'],
      /^citypoints.ledger.v1 is not a dead-letter topic \(did you mean citypoints.ledger.v1.dlt\?\)$/,
    ],
    [['t.dlt', '--from=-1'], /^--from must be an offset \(a whole number from 0\), not "-1"$/],
    [['t.dlt', '--to', '1.5'], /^--to must be an offset .*not "1.5"$/],
    [['t.dlt', '--to', '9223372036854775808'], /^--to must be an offset/],
    [['t.dlt', '--partition', 'one'], /^--partition must be a partition number .*not "one"$/],
    [['t.dlt', '--from', '5', '--to', '4'], /^--from 5 is after --to 4$/],
    [['t.dlt', '--from', '-1'], /^Option '--from' argument is ambiguous; usage: /],
    [['t.dlt', '--frm', '5'], /^Unknown option '--frm'; usage: /],
    [['t.dlt', '--from'], /^Option '--from <value>' argument missing; usage: /],
    [['t.dlt', '--yes=no'], /^Option '--yes' does not take an argument; usage: /],
  ])('refuses %j, naming what is wrong', (argv, message) => {
    expect(() => parseReplayArgs(argv)).toThrow(ReplayArgumentError);
    expect(() => parseReplayArgs(argv)).toThrow(message);
  });
});
