import { parentPort, workerData } from "worker_threads";
import { checkFile, CheckSettings, CheckTask, type PackSet } from "./check-file";
import { pack as toPlain, unpack } from "./transfer";

/**
 * A worker thread of `check --jobs N`: checks the files it is sent, one at a time, with the packs the main thread
 * loaded and validated (plain data, so it is cloned, not loaded again).
 */
const { packs: cloned, settings } = workerData as { packs: PackSet; settings: CheckSettings };
const packs = unpack(cloned);
parentPort!.on("message", (msg: { index: number; task: CheckTask }) => {
  void checkFile(msg.task, packs, settings).then((result) => parentPort!.postMessage({ index: msg.index, result: toPlain(result) }));
});
