import { Worker } from 'node:worker_threads';
import { TallyBoard } from './tally-board';
import { startWorker } from './worker-thread';

/** A board's columns as TallyBoard keeps them, by id number (see TallyBoard.columns). */
export interface BoardColumns {
  scores: Float64Array;
  instants: Float64Array;
  entries: number;
}

/** The main thread's messages to the helper: the ids the boards' columns number, a board. */
export type ToOrders =
  | { kind: 'ids'; ids: readonly string[] }
  | { kind: 'board'; board: BoardColumns; maxPayloadBytes: number };

/** The helper's answer for a board: its order, and its `reached` hash's payload if it fits. */
export type FromOrders = { kind: 'ordered'; order: Uint32Array; reached?: Uint8Array };

/** A board prepared by the helper. */
export interface OrderedBoard {
  /** Its id numbers in the order of the sorted set in Redis (TallyBoard.inRedisOrder). */
  order: Uint32Array;
  /** The DUMP payload of its `reached` hash; none beyond `maxPayloadBytes`. */
  reached?: Buffer;
}

/**
 * A helper thread (board-order.worker) that sorts people's boards and builds their `reached`
 * hashes' payloads, in the order asked, while the main thread builds the sorted sets': the
 * rebuild's two largest pieces of work, on two cores. `ids` first, then `order` for each
 * board; `close` ends the thread. A board's answer rejects if the thread fails or has ended.
 */
export class BoardOrders {
  private readonly worker: Worker;
  private readonly waiting: { resolve(board: OrderedBoard): void; reject(e: Error): void }[] = [];
  private failure?: Error;

  constructor() {
    this.worker = startWorker('board-order', undefined);
    this.worker.on('message', ({ order, reached }: FromOrders) => {
      const board = reached && Buffer.from(reached.buffer, reached.byteOffset, reached.length);
      this.waiting.shift()?.resolve({ order, reached: board });
    });
    const fail = (error: Error) => {
      this.failure ??= error;
      for (const waiting of this.waiting.splice(0)) waiting.reject(error);
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) =>
      fail(new Error(`the board helper stopped (exit code ${code})`)),
    );
  }

  /** The ids the next boards' columns number (TallyIds.ids), sent once. */
  ids(ids: readonly string[]): void {
    this.worker.postMessage({ kind: 'ids', ids } satisfies ToOrders);
  }

  /** `board` ordered, with its `reached` payload up to `maxPayloadBytes`. */
  order(board: TallyBoard, maxPayloadBytes: number): Promise<OrderedBoard> {
    if (this.failure) return Promise.reject(this.failure);
    this.worker.postMessage({
      kind: 'board',
      board: board.columns(),
      maxPayloadBytes,
    } satisfies ToOrders);
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
