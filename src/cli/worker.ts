import { parentPort, workerData } from "worker_threads";
import { checkFile, CheckSettings, CheckTask } from "./check-file";
import { loadStandardById } from "./standards";

/** A worker thread of `check --jobs N`: loads the pack once, then checks the files it is sent, one at a time. */
const { standard, settings } = workerData as { standard: string; settings: CheckSettings };
const pack = loadStandardById(standard);
parentPort!.on("message", (msg: { index: number; task: CheckTask }) => {
  void checkFile(msg.task, pack, settings).then((result) => parentPort!.postMessage({ index: msg.index, result }));
});
