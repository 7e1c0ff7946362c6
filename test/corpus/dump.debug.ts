import { corpus } from "./index";
import { audit } from "../../src/core/engine";
import { yangpu } from "../support/pack";
it("dump", () => {
  const name = process.env.WB!;
  const e = corpus.find((c) => c.name.includes(name))!;
  const snap = e.build();
  for (const s of snap.sheets) {
    console.log(s.name, s.hidden ? "(hidden)" : "");
    s.values.forEach((r, i) => console.log(i + 1, JSON.stringify(r)));
  }
  const r = audit(snap, yangpu());
  console.log(JSON.stringify(r.model.tables.map((t) => ({ sheet: t.sheet, role: t.role, header: t.headerRow + 1, cols: t.columnInfo.map((c) => `${c.col}:${c.header}:${c.role}`) })), null, 1));
  console.log(r.findings.map((f) => `${f.severity} ${f.rule} ${f.cell} ${f.message}`).join("\n"));
});
