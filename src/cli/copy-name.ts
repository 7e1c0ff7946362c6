/**
 * The name of a file's annotated copy: <stem>.审核.xlsx, and <stem>.审核-2.xlsx, -3… for the second, third input of a
 * run with that stem. One rule for the CLI (annotate.ts, planOutputs) and the page's downloads (src/web).
 */
export function copyName(stem: string, k = 1): string {
  return k < 2 ? `${stem}.审核.xlsx` : `${stem}.审核-${k}.xlsx`;
}
