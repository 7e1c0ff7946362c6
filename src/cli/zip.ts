import { deflateSync } from "fflate";
import * as zlib from "zlib";

/**
 * A small, bounded .zip reader and writer, the same in the CLI and the page (src/web, where `zlib` is the inflate-only
 * shim src/web/zlib-inflate.ts): it reads the central directory first (names, declared sizes,
 * compression) so that limits are checked before anything is inflated, then inflates only the entries asked
 * for, each with an output cap of its declared size — a directory that lies cannot make it allocate more.
 */

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  /** MS-DOS time and date of the entry, as stored (kept when the entry is copied). */
  time: number;
  date: number;
}

/** The zip structure itself is unreadable (truncated, not a zip, unsupported). */
export class ZipFormatError extends Error {}

/** An entry inflated to more than its central-directory entry declared: damaged, or crafted to get past limits. */
export class ZipSizeLieError extends Error {
  constructor(
    readonly entry: string,
    readonly declared: number,
  ) {
    super(`entry ${entry} inflates to more than its declared ${declared} bytes`);
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function u64(buf: Buffer, at: number): number {
  const v = buf.readBigUInt64LE(at);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError("zip64 value out of range");
  return Number(v);
}

/** Every entry of the central directory, in directory order. Reads no file data. */
export function centralDirectory(buf: Buffer): ZipEntry[] {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError("no end of central directory record");
  let count = buf.readUInt16LE(eocd + 10);
  let size = buf.readUInt32LE(eocd + 12);
  let offset = buf.readUInt32LE(eocd + 16);
  if (
    (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) &&
    eocd >= 20 &&
    buf.readUInt32LE(eocd - 20) === ZIP64_LOCATOR
  ) {
    const at = u64(buf, eocd - 20 + 8);
    if (at + 56 > buf.length || buf.readUInt32LE(at) !== ZIP64_EOCD)
      throw new ZipFormatError("bad zip64 end of central directory");
    count = u64(buf, at + 32);
    size = u64(buf, at + 40);
    offset = u64(buf, at + 48);
  }
  if (offset + size > buf.length) throw new ZipFormatError("central directory outside the file");
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError("bad central directory entry");
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    if (p + 46 + nameLen + extraLen + commentLen > buf.length)
      throw new ZipFormatError("central directory entry outside the file");
    const e: ZipEntry = {
      name: buf.toString("utf8", p + 46, p + 46 + nameLen),
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      crc32: buf.readUInt32LE(p + 16),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      localHeaderOffset: buf.readUInt32LE(p + 42),
      time: buf.readUInt16LE(p + 12),
      date: buf.readUInt16LE(p + 14),
    };
    // Zip64 extended information: the 64-bit values of the fields saturated at 0xFFFFFFFF, in this order.
    for (let x = p + 46 + nameLen; x + 4 <= p + 46 + nameLen + extraLen;) {
      const id = buf.readUInt16LE(x);
      const len = buf.readUInt16LE(x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        const end = q + len;
        if (e.uncompressedSize === 0xffffffff && q + 8 <= end) {
          e.uncompressedSize = u64(buf, q);
          q += 8;
        }
        if (e.compressedSize === 0xffffffff && q + 8 <= end) {
          e.compressedSize = u64(buf, q);
          q += 8;
        }
        if (e.localHeaderOffset === 0xffffffff && q + 8 <= end) e.localHeaderOffset = u64(buf, q);
      }
      x += 4 + len;
    }
    entries.push(e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/**
 * How far past its declared size an entry may inflate and still be read: a directory a few bytes off (as some
 * writers leave it) is damage LibreOffice reads through; a part many times its declared size is a bomb.
 */
function slack(declared: number): number {
  return Math.min(declared, 64 * 1024);
}

/** Whether the local header of `e` names the entry its central-directory record names. */
export function localNameMatches(buf: Buffer, e: ZipEntry): boolean {
  const at = e.localHeaderOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) return false;
  const len = buf.readUInt16LE(at + 26);
  if (at + 30 + len > buf.length) return false;
  return buf.toString("utf8", at + 30, at + 30 + len) === e.name;
}

/** The bytes of one entry, inflated with an output cap a little over its declared size (ZipSizeLieError beyond it). */
export function readEntry(buf: Buffer, e: ZipEntry): Buffer {
  const at = e.localHeaderOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL)
    throw new ZipFormatError(`bad local header for ${e.name}`);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const end = start + e.compressedSize;
  if (end > buf.length) throw new ZipFormatError(`entry ${e.name} outside the file`);
  const data = buf.subarray(start, end);
  if (e.method === 0) {
    if (e.compressedSize !== e.uncompressedSize) throw new ZipSizeLieError(e.name, e.uncompressedSize);
    return data;
  }
  if (e.method !== 8) throw new ZipFormatError(`entry ${e.name} uses unsupported compression method ${e.method}`);
  let out: Buffer;
  try {
    // One byte over the declared size and its slack is enough to know the directory lied; never more is allocated.
    out = zlib.inflateRawSync(data, { maxOutputLength: e.uncompressedSize + slack(e.uncompressedSize) + 1 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError)
      throw new ZipSizeLieError(e.name, e.uncompressedSize);
    throw new ZipFormatError(`entry ${e.name}: ${(err as Error).message}`);
  }
  if (out.length > e.uncompressedSize + slack(e.uncompressedSize))
    throw new ZipSizeLieError(e.name, e.uncompressedSize);
  if (out.length < e.uncompressedSize) throw new ZipFormatError(`entry ${e.name} is shorter than declared`);
  return out;
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC-32 of `data` as zip stores it: zlib's own where Node has it (20.15+), else a table. */
export function crc32(data: Uint8Array): number {
  const native = (zlib as { crc32?: (d: Uint8Array) => number }).crc32;
  if (native) return native(data) >>> 0;
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/**
 * A zip holding `entries` uncompressed (method 0): what exceljs is given once the entries have been inflated
 * and checked here, so that it never inflates anything itself.
 */
export function storedZip(entries: readonly { name: string; data: Buffer; crc32: number }[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, data, crc32 } of entries) {
    const n = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(crc32 >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(CENTRAL, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt32LE(crc32 >>> 0, 16);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(data.length, 24);
    c.writeUInt16LE(n.length, 28);
    c.writeUInt32LE(offset, 42);
    parts.push(local, n, data);
    central.push(c, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, end]);
}

/** The stored (compressed) bytes of an entry, exactly as they are in the file: what a copy of it writes. */
export function rawEntryData(buf: Buffer, e: ZipEntry): Buffer {
  const at = e.localHeaderOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL)
    throw new ZipFormatError(`bad local header for ${e.name}`);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  if (start + e.compressedSize > buf.length) throw new ZipFormatError(`entry ${e.name} outside the file`);
  return buf.subarray(start, start + e.compressedSize);
}

/** One entry of a zip to write: an entry of another zip copied as stored, or new bytes to deflate. */
export type OutEntry = { name: string; copy: ZipEntry; from: Buffer } | { name: string; data: Buffer };

/** The zip cannot be written without zip64 (more than 65,535 entries or 4 GiB), which this writer does not do. */
export class ZipTooLargeError extends Error {}

/**
 * A zip of `entries` in order. A copied entry keeps its stored bytes, compression method, CRC and time — its part
 * is byte for byte the original's, never inflated or recompressed (a damaged thumbnail stays as it was); new data is
 * deflated (stored when that does not make it smaller). Local headers carry the sizes (no data descriptors).
 */
export function writeZip(entries: readonly OutEntry[], level: 1 | 6 = 6): Buffer[] {
  if (entries.length > 0xfffe) throw new ZipTooLargeError("too many entries");
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const now = newEntryTime(entries);
  for (const entry of entries) {
    let method: number;
    let crc: number;
    let usize: number;
    let stored: Buffer;
    let time = now.time;
    let date = now.date;
    if ("copy" in entry) {
      const e = entry.copy;
      stored = rawEntryData(entry.from, e);
      ({ method, crc32: crc, uncompressedSize: usize, time, date } = e);
    } else {
      crc = crc32(entry.data);
      usize = entry.data.length;
      // A large new part (a hundred thousand notes) is deflated fast rather than small: it is mostly repetition.
      // fflate in every host, so that a copy written by the page is byte for byte the CLI's (zlib's deflate output
      // differs between builds of zlib; a pure-JS deflater gives the same bytes everywhere).
      const deflated = Buffer.from(deflateSync(entry.data, { level: entry.data.length > 4 << 20 ? 1 : level }));
      [method, stored] = deflated.length < entry.data.length ? [8, deflated] : [0, entry.data];
    }
    if (offset > 0xfffffffe || stored.length > 0xfffffffe || usize > 0xfffffffe)
      throw new ZipTooLargeError("over 4 GiB");
    const n = Buffer.from(entry.name, "utf8");
    // The fields both headers share, from the flags to the name's length, in the same order.
    const shared = (b: Buffer, at: number) => {
      b.writeUInt16LE(0x0800, at); // UTF-8 names
      b.writeUInt16LE(method, at + 2);
      b.writeUInt16LE(time, at + 4);
      b.writeUInt16LE(date, at + 6);
      b.writeUInt32LE(crc >>> 0, at + 8);
      b.writeUInt32LE(stored.length, at + 12);
      b.writeUInt32LE(usize, at + 16);
      b.writeUInt16LE(n.length, at + 20);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    shared(local, 6);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(CENTRAL, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    shared(c, 8);
    c.writeUInt32LE(offset, 42);
    chunks.push(local, n, stored);
    central.push(c, n);
    offset += 30 + n.length + stored.length;
  }
  const cd = Buffer.concat(central);
  if (offset + cd.length > 0xfffffffe) throw new ZipTooLargeError("over 4 GiB");
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  chunks.push(cd, end);
  return chunks;
}

/**
 * The time new entries get: the latest time of the entries copied from the original (so the same original and the same
 * flags give the same bytes, whenever and wherever the copy is written — the CLI and the page alike); the current
 * time when nothing is copied.
 */
function newEntryTime(entries: readonly OutEntry[]): { time: number; date: number } {
  let latest: { time: number; date: number } | null = null;
  for (const e of entries)
    if ("copy" in e) {
      const { time, date } = e.copy;
      if (!latest || date > latest.date || (date === latest.date && time > latest.time)) latest = { time, date };
    }
  return latest ?? dosTime(new Date());
}

function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}
