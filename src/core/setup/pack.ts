import type { WorkbookSnapshot } from "../snapshot/types";
import type { StandardPack } from "../standards/types";
import { choosePack, type PackChoice } from "../standards/choose-pack";
import type { FieldNaming } from "./fields";
import type { SetupMessage } from "./messages";

/** The pack every host falls back to when 自动 finds no district named (and the CLI's and the pane's default). */
export const FALLBACK_PACK_ID = "yangpu-2023";

/** The value of the standard setting that lets the workbook decide (the CLI's `--standard auto`, the pane's 自动). */
export const AUTO_PACK = "auto";

/**
 * What the user asked for: 自动 among `packs`, or one pack they chose (by id, or in the CLI a pack file, `file` being
 * the path as they wrote it).
 */
export type PackRequest =
  { auto: true; packs: readonly StandardPack[] } | { auto: false; pack: StandardPack; file?: string };

export interface PackSelection {
  pack: StandardPack;
  /** Chosen by 自动 (the workbook decided), not by the user. */
  auto: boolean;
  /** Where 自动 found the place word ("explicit" when the user chose). */
  source: PackChoice["source"];
  /** Why this pack, as a message each host renders. */
  reason: SetupMessage;
}

/** The pack a workbook is checked with, and why: one decision for the CLI and the pane. */
export function selectPack(snapshot: WorkbookSnapshot, request: PackRequest, naming: FieldNaming): PackSelection {
  if (!request.auto) {
    const field = naming("standard");
    const reason: SetupMessage = request.file
      ? { messageId: "setup.pack.file", params: { field, file: { text: request.file } } }
      : { messageId: "setup.pack.chosen", params: { field, id: { text: request.pack.id } } };
    return { pack: request.pack, auto: false, source: "explicit", reason };
  }
  const choice = choosePack(snapshot, request.packs, FALLBACK_PACK_ID);
  return { pack: choice.pack, auto: true, source: choice.source, reason: choice.reason };
}
