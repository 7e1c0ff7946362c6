/**
 * The open workbook as .xlsx bytes through the File API (Document.getFileAsync, Compressed), slice by slice, the
 * file closed afterwards (Office allows only a couple of open files per add-in). Used only below ExcelApi 1.13,
 * where it is the one way to learn the merged areas (file-merges.ts).
 */
export function getOpenWorkbookFile(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: 4 * 1024 * 1024 }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) return reject(new Error(result.error.message));
      const file = result.value;
      const slices: Uint8Array[] = [];
      const close = (then: () => void) => file.closeAsync(() => then());
      const next = (i: number): void => {
        if (i >= file.sliceCount) {
          const out = new Uint8Array(slices.reduce((n, s) => n + s.length, 0));
          let at = 0;
          for (const s of slices) {
            out.set(s, at);
            at += s.length;
          }
          return close(() => resolve(out));
        }
        file.getSliceAsync(i, (slice) => {
          if (slice.status !== Office.AsyncResultStatus.Succeeded)
            return close(() => reject(new Error(slice.error.message)));
          slices.push(new Uint8Array(slice.value.data as number[]));
          next(i + 1);
        });
      };
      next(0);
    });
  });
}
