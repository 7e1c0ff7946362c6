import { walkXml } from "./xml";

/**
 * The parts of an Open XML package, inflated on demand by the host (the CLI's bounded zip reader, or a browser's),
 * each within the limits the host checked against the zip's directory.
 */
export interface PartSource {
  /** Every part name as stored, without a leading "/". */
  names(): readonly string[];
  /** The bytes of a part (a name as returned by names()); throws XlsxReadError when it cannot be inflated. */
  read(name: string): Uint8Array;
}

export interface Relationship {
  id: string;
  /** The last segment of the relationship type: "officeDocument", "worksheet", "sharedStrings", "styles"… */
  type: string;
  /** The target part, resolved against the source part (no leading "/"), or null for an external target. */
  target: string | null;
}

/**
 * Finds a part by name as OPC compares names: case-insensitively, with percent-escapes decoded and without a
 * leading "/". Writers differ in all three.
 */
export class PartIndex {
  private readonly byKey = new Map<string, string>();
  constructor(readonly source: PartSource) {
    for (const name of source.names()) this.byKey.set(keyOf(name), name);
  }
  find(name: string): string | null {
    return this.byKey.get(keyOf(name)) ?? null;
  }
  read(name: string): Uint8Array | null {
    const stored = this.find(name);
    return stored === null ? null : this.source.read(stored);
  }

  /** The relationships of `part` (from its _rels part); none when it has no _rels part. */
  relationships(stored: string): Relationship[] {
    // A part stored under a backslash name (xl\workbook.xml) has its relationships beside it all the same.
    const part = stored.replace(/\\/g, "/");
    const slash = part.lastIndexOf("/");
    const dir = slash < 0 ? "" : part.slice(0, slash + 1);
    const relsName = `${dir}_rels/${part.slice(slash + 1)}.rels`;
    const data = this.read(relsName);
    if (!data) return [];
    const rels: Relationship[] = [];
    walkXml(this.find(relsName)!, data, {
      open(name, a) {
        if (name !== "Relationship" || !a.Id || a.Target === undefined) return;
        const type = (a.Type ?? "").slice((a.Type ?? "").lastIndexOf("/") + 1);
        const external = (a.TargetMode ?? "").toLowerCase() === "external";
        rels.push({ id: a.Id, type, target: external ? null : resolveTarget(dir, a.Target) });
      },
    });
    return rels;
  }
}

function keyOf(name: string): string {
  let n = name.replace(/\\/g, "/").replace(/^\/+/, "");
  try {
    n = decodeURIComponent(n);
  } catch {
    // a stray "%" stays as it is
  }
  return n.toLowerCase();
}

/** A relationship target, relative to the source part's folder or absolute ("/xl/…"), as a part name. */
function resolveTarget(dir: string, target: string): string {
  const t = target.replace(/\\/g, "/");
  const path = t.startsWith("/") ? t.slice(1) : dir + t;
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return out.join("/");
}
