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
   * Hands `visit` up to `most` entries (id, score, instant in ms), from id number `from` on
   * in the order of the numbers; returns the number to go on from, or -1 after the last. In
   * slices rather than all at once, so that the rebuild can send each to Redis in turn.
   */
  visit(
    from: number,
    most: number,
    visit: (id: string, score: number, instant: number) => void,
  ): number {
    const { scores, instants } = this;
    let visited = 0;
    for (let n = from; n < scores.length; n++) {
      if (visited === most) return n;
      const score = scores[n];
      if (Number.isNaN(score)) continue;
      visit(this.names.ids[n], score, instants[n]);
      visited++;
    }
    return -1;
  }

  /** Each entry with its id, in the order of the ids' numbers. */
  *[Symbol.iterator](): IterableIterator<[string, TallyEntry]> {
    const entries: [string, TallyEntry][] = [];
    this.visit(0, Infinity, (id, score, instant) => entries.push([id, { score, instant }]));
    yield* entries;
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
