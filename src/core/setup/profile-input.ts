import Decimal from "decimal.js";
import type { ProfileOverrides } from "../model/types";
import type { StandardPack } from "../standards/types";
import type { ProfileValueSpec } from "../profile/profile-values";
import { fieldSpec, isSetupField, PROJECT_FIELDS, SETUP_FIELDS, type FieldNaming, type SetupFieldName } from "./fields";
import type { SetupMessage } from "./messages";

/**
 * A value as the user gave it: text typed or passed as a flag, or a yes/no the host already holds as a boolean
 * (`--classified` / `--no-classified`). Blank text means "not given".
 */
export type RawValue = string | boolean;

/** A value read: plain data (money as a decimal string in 元), so that it can travel to a worker process. */
export type PlainValue = string | number | boolean;

export type ParsedValue = { ok: true; value: PlainValue | undefined } | { ok: false; error: SetupMessage };

const MAX_TEXT = 200;

/** Money in 元: digits with optional thousands separators (, ，) or spaces, at most 15 digits and 6 decimals. */
function money(text: string): string | null {
  const t = text.replace(/[,，\s]/g, "");
  return /^\d{1,15}(\.\d{1,6})?$/.test(t) ? new Decimal(t).toFixed() : null;
}

/** A date that exists on the calendar, YYYY-MM-DD (2023-02-30 does not). */
function date(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3] ? text : null;
}

/**
 * THE parser of a project value, for every host: money, counts, dates, yes/no, choices and text. A refusal is a
 * message naming the field the host's way (`naming`) and saying what the field takes.
 */
export function parseFieldValue(
  spec: ProfileValueSpec & { name: SetupFieldName },
  raw: RawValue,
  naming: FieldNaming,
): ParsedValue {
  if (typeof raw === "boolean") {
    if (spec.type === "boolean") return { ok: true, value: raw };
    raw = String(raw);
  }
  const text = raw.trim();
  if (text === "") return { ok: true, value: undefined };
  const refuse = (messageId: SetupMessage["messageId"], more: SetupMessage["params"] = {}): ParsedValue => ({
    ok: false,
    error: {
      messageId,
      params: { field: naming(spec.name), value: { text: text.length > 60 ? `${text.slice(0, 57)}…` : text }, ...more },
    },
  });
  switch (spec.type) {
    case "money": {
      const v = money(text);
      return v === null ? refuse("setup.value.money") : { ok: true, value: v };
    }
    case "count":
      return /^\d{1,6}$/.test(text) ? { ok: true, value: Number(text) } : refuse("setup.value.count");
    case "date": {
      const v = date(text);
      return v === null ? refuse("setup.value.date") : { ok: true, value: v };
    }
    case "choice":
      return spec.choices?.includes(text)
        ? { ok: true, value: text }
        : refuse("setup.value.choice", { choices: { text: (spec.choices ?? []).join(" | ") } });
    case "boolean":
      return text === "true"
        ? { ok: true, value: true }
        : text === "false"
          ? { ok: true, value: false }
          : refuse("setup.value.boolean");
    case "text":
      return text.length <= MAX_TEXT
        ? { ok: true, value: text }
        : refuse("setup.value.text", { max: { number: MAX_TEXT } });
  }
}

export interface ProfileInput {
  /** The values read, by field name; only those given. */
  values: Partial<Record<SetupFieldName, PlainValue>>;
  /** One message per value refused, in the order given. */
  errors: SetupMessage[];
}

/** Reads every value given, by field name (unknown names are ignored: a host never offers them). */
export function parseProfileInput(
  raw: Readonly<Record<string, RawValue | undefined>>,
  naming: FieldNaming,
): ProfileInput {
  const out: ProfileInput = { values: {}, errors: [] };
  for (const [name, given] of Object.entries(raw)) {
    const spec = fieldSpec(name);
    if (!spec || given === undefined) continue;
    const parsed = parseFieldValue(spec, given, naming);
    if (!parsed.ok) out.errors.push(parsed.error);
    else if (parsed.value !== undefined) out.values[spec.name] = parsed.value;
  }
  return out;
}

/**
 * The fields a pack lets the user give, in the pack's order after the project's kind, system and size: what a host
 * offers for that pack (the pane's fields) and what reaches its audit. Last year's O&M amount is offered under every
 * pack (Yangpu's O&M change rule).
 */
export function fieldsFor(pack: Pick<StandardPack, "profileValues">): SetupFieldName[] {
  const declared = (pack.profileValues ?? []).filter((n): n is SetupFieldName => isSetupField(n));
  const always: SetupFieldName[] = [...(Object.keys(PROJECT_FIELDS) as SetupFieldName[]), "last_year_om"];
  return [...always, ...declared.filter((n) => !always.includes(n))];
}

/**
 * The engine's overrides from values read: only the fields `pack` uses (another pack's values stay with the host,
 * unused), money as Decimal.
 */
export function overridesFor(
  values: ProfileInput["values"],
  pack: Pick<StandardPack, "profileValues">,
): ProfileOverrides {
  const out: Record<string, unknown> = {};
  for (const name of fieldsFor(pack)) {
    const v = values[name];
    if (v === undefined) continue;
    const spec = SETUP_FIELDS[name];
    out[spec.key] = spec.type === "money" ? new Decimal(v as string) : v;
  }
  return out as ProfileOverrides;
}
