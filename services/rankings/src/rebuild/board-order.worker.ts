// The rebuild's helper for people's boards, in a worker thread (see BoardOrders): sorts a
// board in Redis' order and builds its `reached` hash's payload while the main thread builds
// the sorted set's of the board before.
import { parentPort } from 'node:worker_threads';
import { BoardColumns, FromOrders, ToOrders } from './board-orders';
import { DumpPayload, RdbType } from './dump-payload';
import { reachedDigits } from './stage-tally';
import { redisOrder } from './tally-board';

const port = parentPort;
if (!port) throw new Error('board-order.worker runs as a worker thread');

let ids: readonly string[] = [];
port.on('message', (message: ToOrders) => {
  if (message.kind === 'ids') {
    ids = message.ids;
    return;
  }
  const { scores, instants, entries }: BoardColumns = message.board;
  const order = redisOrder(scores, instants, ids, entries);
  const reached = new DumpPayload(RdbType.hash, entries * 52);
  for (const n of order) reached.field(ids[n], reachedDigits(instants[n]));
  const payload = reached.size <= message.maxPayloadBytes ? reached.payload() : undefined;
  const answer: FromOrders = { kind: 'ordered', order, reached: payload };
  const moved = [order.buffer, ...(payload ? [payload.buffer] : [])] as ArrayBuffer[];
  port.postMessage(answer, moved);
});
