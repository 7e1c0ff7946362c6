/** The help in English (`--lang en-US`, or an English LANG / LC_ALL); the Chinese one is USAGE in args.ts. */
export const USAGE_EN = `Usage: budget-ruler check FILE.xlsx... [options]

Checks e-government budget workbooks against a district configuration standard.

Options:
  --standard ID          standards pack to apply (default yangpu-2023)
  --format text|json     output format (default text, a readable report)
  --annotate DIR         write an annotated copy of each workbook into DIR (<name>.审核.xlsx) with flagged cells,
                         a 审核意见表 (review opinion: 送审 / 审定 / 审减 line by line) and a 审核结果 (findings)
                         sheet; the original is never changed
  --summary OUT.xlsx     write one summary workbook for all files: one row per file (送审, 审定, 审减 in 万元,
                         审减率, errors, warnings, review route, unreadable files), then every finding;
                         never written over an input file
  --kind KIND            project kind: construction (new build) | upgrade | om (O&M) | service
  --system SYSTEM        system type: oa | video-conference | website | server-room | info-release | hotline | other
  --tier TIER            declared tier: small | medium | large
  --last-year-om AMOUNT  last year's O&M budget in 元, for the O&M change rule
  --lang zh-CN|en-US     report language (default: English when LC_ALL / LC_MESSAGES / LANG is English, else Chinese)
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 no error finding; 1 at least one error finding; 2 bad usage or a file that cannot be read.`;
