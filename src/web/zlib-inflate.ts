import { Inflate } from "fflate";

/*
 * The one piece of Node's `zlib` the shared zip reader (src/cli/zip.ts) uses, for the page: raw inflate with an output
 * cap, on fflate. The page's webpack build resolves `zlib` here; the CLI keeps Node's own. Inflated bytes are the
 * same whoever inflates them; what must match is the cap: past `maxOutputLength` this throws a RangeError, as Node
 * does, so the reader reports the same `corrupt-file` for a part that inflates past its declared size.
 */

/** Input is fed in slices this big, so a bomb is stopped within about a thousand times this of output. */
const SLICE = 16 * 1024;

export function inflateRawSync(data: Uint8Array, options: { maxOutputLength: number }): Buffer {
  const max = options.maxOutputLength;
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > max) throw new RangeError(`inflated data exceeds ${max} bytes`);
    chunks.push(chunk);
  });
  if (data.length === 0) inflater.push(new Uint8Array(0), true);
  for (let at = 0; at < data.length; at += SLICE) {
    const end = Math.min(at + SLICE, data.length);
    inflater.push(data.subarray(at, end), end === data.length);
  }
  const out = Buffer.alloc(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Node's zlib.crc32 is not offered: src/cli/zip.ts computes the same checksum with its own table. */
export const crc32 = undefined;
