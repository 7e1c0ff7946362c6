import { parentPort, workerData } from "worker_threads";
import type { StandardPack } from "../core/standards/types";
import { checkFile, CheckSettings, CheckTask } from "./check-file";
import { pack as toPlain, unpack } from "./transfer";

/**
 * A worker thread of `check --jobs N`: checks the files it is sent, one at a time, with the pack the main thread
 * loaded and validated (plain data, so it is cloned, not loaded again).
 */
const { pack: cloned, settings } = workerData as { pack: StandardPack; settings: CheckSettings };
const pack = unpack(cloned);
parentPort!.on("message", (msg: { index: number; task: CheckTask }) => {
  void checkFile(msg.task, pack, settings).then((result) => parentPort!.postMessage({ index: msg.index, result: toPlain(result) }));
});
