import type { FindingDraft, RuleContext } from "./types";
import type { MessageArgs } from "../standards/messages";
import { messageParams, renderMessage } from "../standards/messages";
import { fieldArgs, missingArg } from "../setup/naming-args";
import { isSetupField } from "../setup/fields";

/**
 * A draft whose wording is the pack's message `id` rendered with `args` (the rule's own name added as {rule}, and
 * each field the user can give as {field_<name>}, named the host's way).
 */
export function messageDraft<F = unknown>(
  ctx: RuleContext,
  id: string,
  args: MessageArgs,
  rest: Omit<FindingDraft<F>, "message" | "messageEn"> = {},
): FindingDraft<F> {
  // The field names are the same for every finding of an audit: looked up through the prototype, not copied (a sheet
  // of 100,000 unclassified lines makes 100,000 drafts).
  const all: MessageArgs = Object.assign(
    Object.create(fieldArgsOf(ctx.naming)) as MessageArgs,
    { rule: { text: ctx.entry.id } },
    args,
  );
  const r = renderMessage(ctx.pack, id, all, ctx.model.profile.unit);
  return { ...rest, message: r.zh, messageEn: r.en, messageId: id, params: messageParams(ctx.pack, id, all) };
}

const fieldArgsCache = new WeakMap<RuleContext["naming"], MessageArgs>();
function fieldArgsOf(naming: RuleContext["naming"]): MessageArgs {
  let args = fieldArgsCache.get(naming);
  if (!args) fieldArgsCache.set(naming, (args = fieldArgs(naming)));
  return args;
}

/** A reminder that names the profile values a rule needs and did not get ({missing}: named the host's way). */
export function missingDraft(
  ctx: RuleContext,
  id: string,
  missing: readonly string[],
  args: MessageArgs = {},
): FindingDraft {
  return messageDraft(
    ctx,
    id,
    { ...args, missing: missingArg(missing, ctx.naming) },
    { severity: "info", needs: missing.filter(isSetupField) },
  );
}

/**
 * A draft in the wording of the pack's message `<entry id><suffix>` (a district rule family's own messages: the
 * implementation lists its suffixes in `messages`, so a pack that runs it must carry each template).
 */
export function entryDraft<F = unknown>(
  ctx: RuleContext,
  suffix: string,
  args: MessageArgs,
  rest: Omit<FindingDraft<F>, "message" | "messageEn"> = {},
): FindingDraft<F> {
  return messageDraft<F>(ctx, `${ctx.entry.id}${suffix}`, args, rest);
}

/** The pack's message `<entry id><suffix>` as an argument of another message (a part both languages share). */
export function entryText(ctx: RuleContext, suffix: string, args: MessageArgs): { zh: string; en: string } {
  return renderMessage(ctx.pack, `${ctx.entry.id}${suffix}`, args, ctx.model.profile.unit);
}
