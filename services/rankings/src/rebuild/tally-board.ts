/** One entry of a board: its score and the instant (ms since the epoch) it reached it. */
export interface TallyEntry {
  score: number;
  instant: number;
}

/** Ids (people's or groups') numbered in order of arrival: the columns of TallyBoards. */
export class TallyIds {
  /** Each id, at its number. */
  readonly ids: string[] = [];
  private readonly numbers = new Map<string, number>();

  /** The id's number, given on first sight. */
  numberOf(id: string): number {
    let number = this.numbers.get(id);
    if (number === undefined) {
      number = this.ids.length;
      this.ids.push(id);
      this.numbers.set(id, number);
    }
    return number;
  }
}

/**
 * One board's entries as ScoreBoards' script keeps them, by id number (TallyIds): a score and
 * the instant it was reached, in two typed columns rather than an object an entry, so that a
 * replay of a million people's scores holds tens of megabytes, not gigabytes, and its garbage
 * collection stays short. A NaN score marks an id without an entry.
 */
export class TallyBoard {
  private scores = new Float64Array(0);
  private instants = new Float64Array(0);
  private entries = 0;
  // The order `visit` walks, until its last entry.
  private order?: Uint32Array;

  constructor(private readonly names: TallyIds) {}

  /** The entries on the board. */
  get size(): number {
    return this.entries;
  }

  /** The score of id number `n`, or undefined when it has no entry. */
  score(n: number): number | undefined {
    const score = this.scores[n];
    return score === undefined || Number.isNaN(score) ? undefined : score;
  }

  /**
   * The script's `put`: an entry whose score does not change keeps its instant; one that
   * moves takes the later of its instant and `instant`; a new one takes `instant`.
   */
  put(n: number, score: number, instant: number): void {
    const before = this.score(n);
    if (before === undefined) {
      this.grow(n);
      this.entries++;
      this.scores[n] = score;
      this.instants[n] = instant;
    } else if (before !== score) {
      this.scores[n] = score;
      this.instants[n] = Math.max(instant, this.instants[n]);
    }
  }

  /** The script's `remove`: id number `n` leaves the board. */
  remove(n: number): void {
    if (this.score(n) === undefined) return;
    this.scores[n] = NaN;
    this.entries--;
  }

  /**
   * Hands `visit` up to `most` entries (id, score, instant in ms), from position `from` on,
   * greatest first: the reverse of the sorted set's order in Redis (`inRedisOrder`, or the
   * order given by `ordered`), in which RESTORE loads a sorted set fastest. Returns the
   * position to go on from, or -1 after the last. In slices rather than all at once, so that
   * the rebuild can send each to Redis in turn; entries put or removed meanwhile are not seen.
   */
  visit(
    from: number,
    most: number,
    visit: (id: string, score: number, instant: number) => void,
  ): number {
    this.order ??= this.inRedisOrder();
    const { scores, instants, order } = this;
    const end = Math.min(order.length, from + most);
    for (let at = from; at < end; at++) {
      const n = order[order.length - 1 - at];
      visit(this.names.ids[n], scores[n], instants[n]);
    }
    if (end < order.length) return end;
    this.order = undefined;
    return -1;
  }

  /** Has the next visits walk `order`, this board's inRedisOrder sorted elsewhere. */
  ordered(order: Uint32Array): void {
    this.order = order;
  }

  /** The board's columns, by id number (NaN scores: no entry), to sort it elsewhere. */
  columns(): { scores: Float64Array; instants: Float64Array; entries: number } {
    return { scores: this.scores, instants: this.instants, entries: this.entries };
  }

  /** The id numbers of the entries in the order of the sorted set in Redis: see redisOrder. */
  inRedisOrder(): Uint32Array {
    return redisOrder(this.scores, this.instants, this.names.ids, this.entries);
  }

  /** Each entry with its id, in the order of the sorted set in Redis. */
  *[Symbol.iterator](): IterableIterator<[string, TallyEntry]> {
    const { scores, instants } = this;
    for (const n of this.inRedisOrder()) {
      yield [this.names.ids[n], { score: scores[n], instant: instants[n] }];
    }
  }

  // Room for id number `n`, doubling, new places without an entry.
  private grow(n: number): void {
    if (n < this.scores.length) return;
    const length = Math.max(n + 1, this.scores.length * 2, 16);
    const scores = new Float64Array(length).fill(NaN);
    scores.set(this.scores);
    const instants = new Float64Array(length);
    instants.set(this.instants);
    [this.scores, this.instants] = [scores, instants];
  }
}

/**
 * The id numbers of a board's `entries` (those with a score in `scores`, by id number), lowest
 * first as the sorted set orders its members `<13 digits of LAST - instant>:<id>`: by score,
 * then latest instant, then id (`ids`, by number).
 */
export function redisOrder(
  scores: Float64Array,
  instants: Float64Array,
  ids: readonly string[],
  entries: number,
): Uint32Array {
  const order = new Uint32Array(entries);
  let at = 0;
  for (let n = 0; n < scores.length; n++) if (!Number.isNaN(scores[n])) order[at++] = n;
  return order.sort(
    (a, b) =>
      scores[a] - scores[b] ||
      instants[b] - instants[a] ||
      (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0),
  );
}
