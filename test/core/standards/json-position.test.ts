import { jsonErrorPosition, lineColumn, scanJsonError } from "../../../src/core/standards/json-position";

const broken = [
  '{"a":1,}',
  '{"a":',
  "[1 2]",
  '{"a" 1}',
  '{"a":"x\ny"}',
  '{"a":01}',
  '{"a":1.}',
  '{"a":-}',
  '{"a":"\\q"}',
  '{"a":1} x',
  "{'a':1}",
  '{"a":[1,2,]}',
  '{"a":nul}',
  '{\n  "id": tru\n}',
  "",
];

describe("JSON error positions", () => {
  it.each(broken)("the scanner stops where V8 does, when V8 says where: %j", (text) => {
    let message = "";
    try {
      JSON.parse(text);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).not.toBe("");
    const scanned = scanJsonError(text);
    expect(scanned).toBeGreaterThanOrEqual(0);
    const v8 = /at position (\d+)/.exec(message);
    if (v8) expect(scanned).toBe(Number(v8[1]));
    else if (/end of JSON input/.test(message)) expect(scanned).toBe(text.length);
    expect(jsonErrorPosition(text, new SyntaxError(message)).offset).toBe(v8 ? Number(v8[1]) : scanned);
  });

  it("stops at a nesting depth no pack has, instead of overflowing the stack", () => {
    expect(scanJsonError("[".repeat(200000) + "x")).toBe(1000);
  });

  it("accepts valid JSON", () => {
    for (const text of ['{"a":[1,-2.5e3,true,false,null,"\\u00e9\\n"]}', " 1 ", '"x"'])
      expect(scanJsonError(text)).toBe(-1);
  });

  it("counts lines and columns from 1", () => {
    expect(lineColumn("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn("ab\n", 3)).toEqual({ line: 2, column: 1 });
  });

  it("reads a line and column from an engine that gives them", () => {
    const text = '{\n  "a": x\n}';
    expect(jsonErrorPosition(text, new SyntaxError("Unexpected token 'x' (line 2 column 8)"))).toMatchObject({
      line: 2,
      column: 8,
      char: "x",
    });
  });
});
