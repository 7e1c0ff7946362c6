/**
 * Keeping Office.js requests inside Excel on the web's limits: 5 MB per request or response, and address
 * lists for getRanges under 8,000 characters. Sizes here are estimates of the JSON Office.js sends, on the
 * high side: each queued action costs a fixed envelope plus its arguments.
 */
export const REQUEST_BUDGET = 4_000_000;
export const RANGES_ADDRESS_BUDGET = 7_900;
/** A response above this is read again in row blocks (Excel refuses responses over 5 MB). */
export const RESPONSE_BUDGET = 3_000_000;
/** Envelope of one action in an Office.js request (object path, action type, ids), measured generously. */
export const ACTION_BYTES = 250;

const encoder = new TextEncoder();

export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

export function actionBytes(...args: unknown[]): number {
  return ACTION_BYTES + utf8Bytes(JSON.stringify(args));
}

/** Splits items into consecutive groups whose estimated request size stays under the budget. */
export function chunkByBytes<T>(items: readonly T[], size: (item: T) => number, budget = REQUEST_BUDGET): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const n = size(item);
    if (current.length > 0 && bytes + n > budget) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += n;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Joins cell addresses into comma-separated lists, each shorter than getRanges accepts. */
export function addressLists(addresses: readonly string[], limit = RANGES_ADDRESS_BUDGET): string[] {
  const lists: string[] = [];
  let current = "";
  for (const a of addresses) {
    if (current && current.length + 1 + a.length > limit) {
      lists.push(current);
      current = "";
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) lists.push(current);
  return lists;
}

/** Groups items by a key, keeping first-seen order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * Queues work chunk by chunk and syncs after each: one sync per ~4 MB of request, never one per row. `queue`
 * may return a callback that reads what the chunk loaded, run after that chunk's sync.
 */
export async function syncInChunks<T>(
  context: { sync(): Promise<unknown> },
  items: readonly T[],
  size: (item: T) => number,
  queue: (chunk: T[]) => void | (() => void),
): Promise<void> {
  for (const chunk of chunkByBytes(items, size)) {
    const after = queue(chunk);
    // The loop is over request-sized chunks (one for any ordinary budget), which is the point of chunking.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    if (after) after();
  }
}

export interface QueuedWrite {
  bytes: number;
  queue: () => void;
}

export function syncWrites(context: { sync(): Promise<unknown> }, writes: readonly QueuedWrite[]): Promise<void> {
  return syncInChunks(context, writes, (w) => w.bytes, (chunk) => chunk.forEach((w) => w.queue()));
}
