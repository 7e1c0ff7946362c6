import { DEFAULT_LIMITS } from "./open-package";
import { DEFAULT_BUDGET } from "./budget";
import { profileHelp } from "./args";

const MB = 1024 * 1024;

/** The help in English (`--lang en-US`, or an English LANG / LC_ALL); the Chinese one is USAGE in args.ts. */
export const USAGE_EN = `Usage: budget-ruler check FILE.xlsx... [options]

Checks e-government budget workbooks against a district configuration standard. FILE may be a folder: every .xlsx/.xlsm in it
and its subfolders, sorted by path, annotated copies and ~$ temporary files left out. A pattern ("budgets/*.xlsx",
"**/*.xlsm") is expanded by the checker itself, so it works in cmd.exe and PowerShell too.

Options:
  --standard auto|ID|FILE standards pack: auto (the default) picks one per file from the district named in its title,
                         编制单位 or sheet names (杨浦/青浦/罗湖/拱墅/青阳, traditional characters too), else yangpu-2023;
                         or a bundled pack's id (yangpu-2023 | qingpu-2024 | luohu-2024 | gongshu-draft | qingyang-2024);
                         or the path of your own pack file (./my-pack.json, whose id must match its file name)
  --format text|json     output format (default text, a readable report); json always prints exactly one JSON document
  --annotate DIR         write an annotated copy of each workbook into DIR (<name>.审核.xlsx; inputs sharing a name get
                         <name>.审核-2.xlsx, -3… in command-line order) with flagged cells, a 审核意见表 (review opinion:
                         送审 / 审定 / 审减 line by line) and a 审核结果 (findings) sheet. Never changes an input, never
                         follows a link, never replaces a file it did not write; annotated copies given as inputs are skipped
  --summary OUT.xlsx     write one summary workbook for all files: one row per file (送审, 审定, 审减 in 万元,
                         审减率, errors, warnings, review route, unreadable files), then every finding;
                         never written over an input file
  --overrides FILE.json  a reviewer's corrections: a line's fee category, a device's class A/B/C, a column's role
                         (format in the README)
  --include-hidden       audit hidden sheets too (by default each is skipped and named)
  --explain              how every row was read (line, subtotal, total, continued, outside the table …) and why, its
                         category and amount, and whether the totals agree; with --annotate the copy gets a
                         "How it was read" sheet
  --kind KIND            project kind: construction (new build) | upgrade | om (O&M) | service
  --system SYSTEM        system type: oa | video-conference | website | server-room | info-release | hotline | other
  --tier TIER            declared tier: small | medium | large
  --last-year-om AMOUNT  last year's O&M budget in 元, for the O&M change rule
  --verbose              name each finding's rule id in the text report (the JSON report always does)
  --no-color             no colour (by default the text report is coloured by severity on a terminal only, and
                         never when the NO_COLOR environment variable is set)
  --lang zh-CN|en-US     report language (default: English when LC_ALL / LC_MESSAGES / LANG is English, else Chinese)
  -j, --jobs N           files checked at once, each in a worker process (default and maximum the number of cores;
                         1 checks them one by one); the report keeps the command line's order
  -h, --help             show this help
  -v, --version          show the version

Read limits (over one: too-large; raise them as needed):
  --max-unpacked-mb N    total unpacked size of a workbook (default ${DEFAULT_LIMITS.maxUnpackedBytes / MB} MB; also limits the file's own size)
  --max-entry-mb N       unpacked size of any one part of the workbook (default ${DEFAULT_LIMITS.maxEntryBytes / MB} MB)
  --max-rows N           highest row number of any sheet (default ${DEFAULT_LIMITS.maxRows})
  --max-cells N          cells (rows × columns) of the part of any sheet that holds content (default ${DEFAULT_LIMITS.maxCells})
  --max-seconds N        time to check one file (default ${DEFAULT_BUDGET.seconds} s; over it: too-slow, the other files are checked)
  --max-memory-mb N      memory to check one file (default ${DEFAULT_BUDGET.memoryMb} MB; over it: too-large)

Project facts (not in the workbook, given by you; used only by the packs that name them in profileValues; a rule
whose value is missing does not fire, and a reminder says which value it needs; money in 元):
${profileHelp(true)}

Exit codes: 0 no error finding; 1 at least one error finding (the draft pack gongshu-draft never gives 1); 2 bad usage,
an invalid standard, a file that cannot be read or an annotated copy that cannot be written.`;
