import type { ReactNode } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronUp16Regular, Settings16Regular } from "@fluentui/react-icons";
import { kindLabel, systemLabel, t, tierLabel, type Locale } from "./i18n";
import { AUTO, type ProfileChoices } from "./profile-choices";
import type { ProjectProfile } from "../core";
import type { UsedStandard } from "./audit-controller";
import { standardInfo, AUTO_STANDARD } from "./standards";
import { shortPackName } from "./pack-text";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  bar: {
    justifyContent: "flex-start",
    textAlign: "start",
    minWidth: 0,
    maxWidth: "100%",
    fontWeight: tokens.fontWeightRegular,
  },
  text: { flex: 1, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  body: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** A short name of a pack for the summary line ("杨浦 2023"). */
function shortTitle(id: string, locale: Locale): string {
  const info = standardInfo(id);
  return info ? shortPackName(info, locale) : "";
}

/**
 * The check's settings as one line ("杨浦 2023 · 升级改造 · 办公自动化（OA） · 未申报"): what the last check used where a
 * setting is on 自动, the choice otherwise. Click to open the settings themselves.
 */
export function settingsSummary(
  locale: Locale,
  standardId: string,
  used: UsedStandard | null,
  choices: ProfileChoices,
  inferred: ProjectProfile | null,
): string {
  const sep = t(locale, "settings.sep");
  const pack =
    standardId === AUTO_STANDARD
      ? used
        ? t(locale, "settings.autoUsed", { pack: shortTitle(used.id, locale) })
        : t(locale, "settings.auto")
      : shortTitle(standardId, locale);
  const kind = choices.kind !== AUTO ? choices.kind : inferred?.kind;
  const system = choices.system !== AUTO ? choices.system : inferred?.system;
  const tier = choices.tier !== AUTO ? choices.tier : (inferred?.tier ?? (inferred ? null : undefined));
  const parts = [pack];
  if (kind) parts.push(kindLabel(locale, kind));
  if (system) parts.push(systemLabel(locale, system));
  if (tier !== undefined) parts.push(tierLabel(locale, tier));
  return parts.join(sep);
}

/** The settings folded into their summary line; the results keep the top of the pane. */
export function SettingsBar(props: {
  locale: Locale;
  summary: string;
  open: boolean;
  onToggle: () => void;
  children: ReactNode;
}) {
  const { locale } = props;
  const styles = useStyles();
  const label = props.open ? t(locale, "settings.close") : t(locale, "settings.open", { summary: props.summary });
  return (
    <section className={styles.root} aria-label={t(locale, "settings.label")}>
      <Button
        appearance="subtle"
        size="small"
        className={styles.bar}
        icon={<Settings16Regular />}
        data-testid="settings-toggle"
        aria-expanded={props.open}
        aria-label={label}
        title={label}
        onClick={props.onToggle}
      >
        <span className={styles.text} data-testid="settings-summary">
          {props.summary}
        </span>
        {props.open ? <ChevronUp16Regular /> : <ChevronDown16Regular />}
      </Button>
      {props.open && (
        <div className={styles.body} data-testid="settings">
          {props.children}
        </div>
      )}
    </section>
  );
}
