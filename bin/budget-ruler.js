#!/usr/bin/env node
"use strict";
// The CLI is compiled by `npm ci` (prepare script) into dist/.
const { main } = require("../dist/src/cli/main.js");
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
