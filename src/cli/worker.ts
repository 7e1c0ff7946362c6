import { type CheckSettings, type PackSet } from "./audit-file";
import { checkFile, CheckTask } from "./check-file";
import { pack as toPlain, unpack } from "./transfer";

/**
 * A child process of `check`: checks the files it is sent, one at a time, with the packs the parent loaded and
 * validated (plain data, sent once, not loaded again). A process of its own, not a thread, so that running out of
 * its memory budget or being stopped for its time budget costs only the file it holds (pool.ts).
 */
let setup: { packs: PackSet; settings: CheckSettings } | null = null;
process.on(
  "message",
  (msg: { init?: { packs: PackSet; settings: CheckSettings }; index?: number; task?: CheckTask }) => {
    if (msg.init) {
      setup = { packs: unpack(msg.init.packs), settings: msg.init.settings };
      return;
    }
    if (!setup || msg.index === undefined || !msg.task) return;
    const index = msg.index;
    void checkFile(msg.task, setup.packs, setup.settings).then((result) =>
      process.send?.({ index, result: toPlain(result) }),
    );
  },
);
// The parent going away (killed, interrupted) ends this process too.
process.on("disconnect", () => process.exit(0));
