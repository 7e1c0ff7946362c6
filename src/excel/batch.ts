import { BridgeError, isRequestTooLarge } from "./errors";

/**
 * Keeping Office.js requests inside Excel on the web's limits: 5 MB per request or response, and address
 * lists for getRanges under 8,000 characters.
 *
 * Request sizes are computed from the JSON Office.js actually sends (its RichApi request, built by
 * OfficeExtension.ClientRequestBase): `{"AutoKeepReference":false,"Actions":[…],"ObjectPaths":{…}}`. Every
 * proxy object the adapter makes (`getItem`, `getRange`, `.format`, `.fill`, `notes.add` …) is one object path
 * plus one Instantiate action; a load is a Query action, a method call a Method action, a property write a
 * SetProperty action; each action lists in `L` the paths it is the last to use. The functions below give the
 * bytes of exactly those pieces, with every id counted at 7 digits (more than any request under 5 MB reaches),
 * so a chunk's estimate is at or just above what the fake Excel host measures by serialising the real request.
 */
export const REQUEST_BUDGET = 4_000_000;
const RANGES_ADDRESS_BUDGET = 7_900;
/** A response above this is read again in row blocks (Excel refuses responses over 5 MB). */
export const RESPONSE_BUDGET = 3_000_000;

const encoder = new TextEncoder();

export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

const ID = 9_999_999;
const json = (v: unknown) => utf8Bytes(JSON.stringify(v));
const INSTANTIATE = json({ Id: ID, ActionType: 1, Name: "", ObjectPathId: ID }) + 1;
/** A path's id in the `L` list of the action that last uses it (one list per path). */
const LAST_USE = String(ID).length + 1;

/** Object path types of the RichApi protocol. */
export type PathKind = "property" | "method" | "indexer";
const PATH_TYPE = { property: 4, method: 3, indexer: 5 } as const;

/** Bytes of one new proxy object: its object path, its Instantiate action and its id in an `L` list. */
export function objectBytes(kind: PathKind, name: string, args: unknown[] = []): number {
  const info: Record<string, unknown> = { Id: ID, ObjectPathType: PATH_TYPE[kind], Name: name, ParentObjectPathId: ID };
  if (kind !== "property") info.ArgumentInfo = { Arguments: args };
  return json(String(ID)) + 1 + json(info) + 1 + INSTANTIATE + LAST_USE;
}

/** Bytes of one Method action (`range.clear()`, `setting.delete()`), with room for its `L` list. */
export function methodBytes(name: string, args: unknown[] = []): number {
  return json({ Id: ID, ActionType: 3, Name: name, ObjectPathId: ID, ArgumentInfo: { Arguments: args }, L: [] }) + 1;
}

/** Bytes of one SetProperty action (`fill.color = …`, `range.formulas = …`); names go out in PascalCase. */
export function setBytes(property: string, value: unknown): number {
  const name = property[0].toUpperCase() + property.slice(1);
  return json({ Id: ID, ActionType: 4, Name: name, ObjectPathId: ID, ArgumentInfo: { Arguments: [value] }, L: [] }) + 1;
}

/** Bytes of one Query action (`x.load("a,b")`). */
export function loadBytes(props: string): number {
  return (
    json({ Id: ID, ActionType: 2, Name: "", ObjectPathId: ID, QueryInfo: { Select: props.split(",") }, L: [] }) + 1
  );
}

/**
 * What every request carries besides the items: the envelope, the workbook, its collections (worksheets,
 * settings, notes) instantiated again in each request, and a few paths a batch makes once.
 */
const REQUEST_OVERHEAD =
  json({ AutoKeepReference: false, Actions: [], ObjectPaths: {} }) +
  json({ 1: { Id: ID, ObjectPathType: 1, Name: "" } }) +
  4 * objectBytes("property", "Worksheets") +
  2_000;

/** Something an item needs once per request, however many items share it (a worksheet proxy, say). */
export interface Shared {
  key: string;
  bytes: number;
}

/**
 * Splits items into consecutive groups whose request size stays under the budget. `shared` names what an item
 * needs once per group (counted for the first item that needs it).
 */
function chunkByBytes<T>(
  items: readonly T[],
  size: (item: T) => number,
  budget = REQUEST_BUDGET,
  shared?: (item: T) => Shared | null,
): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let seen = new Set<string>();
  let bytes = REQUEST_OVERHEAD;
  for (const item of items) {
    const s = shared?.(item) ?? null;
    let n = size(item);
    if (s && !seen.has(s.key)) n += s.bytes;
    if (current.length > 0 && bytes + n > budget) {
      chunks.push(current);
      current = [];
      seen = new Set();
      bytes = REQUEST_OVERHEAD;
      n = size(item) + (s ? s.bytes : 0);
    }
    if (s) seen.add(s.key);
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

export interface ChunkOptions<T> {
  /** What an item needs once per request (see chunkByBytes). */
  shared?: (item: T) => Shared | null;
  budget?: number;
}

/**
 * Queues work chunk by chunk and syncs after each: one sync per ~4 MB of request, never one per row. `queue`
 * may return a callback that reads what the chunk loaded, run after that chunk's sync. Should Excel still refuse
 * a request as too large (RequestPayloadSizeLimitExceeded — nothing of that request ran), the chunk is split in
 * two and each half sent again, down to single items.
 */
export async function syncInChunks<T>(
  context: { sync(): Promise<unknown> },
  items: readonly T[],
  size: (item: T) => number,
  queue: (chunk: T[]) => void | (() => void),
  options: ChunkOptions<T> = {},
): Promise<void> {
  const pending = chunkByBytes(items, size, options.budget, options.shared);
  while (pending.length > 0) {
    const chunk = pending.shift()!;
    const after = queue(chunk);
    try {
      // The loop is over request-sized chunks (one for any ordinary budget), which is the point of chunking.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (err) {
      if (!isRequestTooLarge(err)) throw err;
      if (chunk.length === 1) {
        throw new BridgeError(
          "一次写入的内容超过了 Excel 的请求大小上限（5 MB），无法再拆分。请减少单元格批注的长度后重试。",
          "One write is larger than Excel's request limit (5 MB) and cannot be split further. Shorten the cell notes and try again.",
        );
      }
      const half = Math.ceil(chunk.length / 2);
      pending.unshift(chunk.slice(0, half), chunk.slice(half));
      continue;
    }
    if (after) after();
  }
}

export interface QueuedWrite {
  bytes: number;
  /** Once-per-request needs of this write (a worksheet proxy). */
  shared?: Shared;
  queue: () => void;
}

export function syncWrites(context: { sync(): Promise<unknown> }, writes: readonly QueuedWrite[]): Promise<void> {
  return syncInChunks(
    context,
    writes,
    (w) => w.bytes,
    (chunk) => chunk.forEach((w) => w.queue()),
    { shared: (w) => w.shared ?? null },
  );
}
