"use strict";
const fs = require("fs");
const { generateTable, TABLE } = require("./t2s-codegen");

const text = generateTable();
fs.writeFileSync(TABLE, text);
process.stdout.write(`wrote ${TABLE} (${text.length} characters)\n`);
