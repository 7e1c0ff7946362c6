import * as fs from "fs";
import { generateTable, TABLE } from "../../../scripts/t2s-codegen";
import { toSimplified } from "../../../src/core/text/t2s";

describe("the traditional → simplified table", () => {
  it("is the one scripts/build-t2s.js makes from the pairs and today's vocabulary (run `npm run build:t2s` if not)", () => {
    expect(fs.readFileSync(TABLE, "utf8")).toBe(generateTable());
  });

  it("folds the words the packs and the parser match", () => {
    expect(toSimplified("運維費預算表（單位：萬元）")).toBe("运维费预算表（单位：万元）");
    expect(toSimplified("監理費、密碼測評、等級保護測評")).toBe("监理费、密码测评、等级保护测评");
    expect(toSimplified("青陽縣 羅湖區 拱墅區 青浦區 楊浦區")).toBe("青阳县 罗湖区 拱墅区 青浦区 杨浦区");
  });
});
