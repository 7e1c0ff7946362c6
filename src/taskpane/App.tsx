import { useEffect, useMemo, useState } from "react";
import {
  Button,
  Caption1,
  Divider,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Checkbox,
  Subtitle1,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { TableSettings20Regular, TextBulletListSquareEdit20Regular } from "@fluentui/react-icons";
import type { ExcelBridge } from "../excel/bridge";
import { findingText, lineAllowance, type Finding } from "../core";
import { LineCap } from "./LineCap";
import { availableActions } from "./audit-controller";
import { ErrorBar } from "./ErrorBar";
import { ErrorBoundary } from "./ErrorBoundary";
import { FindingsList } from "./FindingsList";
import { t, type Locale } from "./i18n";
import { PackField, ProfilePanel } from "./ProfilePanel";
import { SettingsBar, settingsSummary } from "./SettingsBar";
import { NoTableGuide, OversizedRecordBar } from "./Notices";
import { citationText, packTitle } from "./pack-text";
import { TemplateDialog } from "./TemplateDialog";
import { standardInfo } from "./standards";
import { ReadProgress } from "./ReadProgress";
import { ApproveDialog } from "./ApproveDialog";
import { StandardPicker } from "./StandardPicker";
import { StatusBar } from "./StatusBar";
import { Summary } from "./Summary";
import { Toolbar } from "./Toolbar";
import { ColumnsView, CorrectionsList, LinesView } from "./CorrectionViews";
import { useAudit } from "./use-audit";

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "480px",
    minWidth: 0,
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  titles: { display: "flex", flexDirection: "column", minWidth: 0 },
  subtitle: { color: tokens.colorNeutralForeground3 },
  needs: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS}`,
  },
  needsHint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface AppProps {
  bridge: ExcelBridge;
  theme: "light" | "dark";
  initialLocale?: Locale;
}

function Pane(props: AppProps) {
  const [state, controller] = useAudit(props.bridge, props.initialLocale);
  const { locale, result } = state;
  const styles = useStyles();
  const enabled = availableActions(state);
  const other: Locale = locale === "zh-CN" ? "en-US" : "zh-CN";
  const [columnsOpen, setColumnsOpen] = useState(false);
  const [linesOpen, setLinesOpen] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  useEffect(() => () => void controller.dispose(), [controller]);
  // A finding that needs profile values the user has not given asks for them where it is shown.
  const needs = (f: Finding) => {
    const fields = state.profileFields.filter((field) => f.needs?.includes(field.name));
    if (fields.length === 0) return null;
    return (
      <div className={styles.needs} data-testid="needs-fields">
        <span className={styles.needsHint}>{t(locale, "needs.hint")}</span>
        {fields.map((field) => (
          <PackField
            key={field.name}
            locale={locale}
            field={field}
            value={state.choices.values[field.name] ?? ""}
            disabled={!enabled.choices}
            testIdPrefix="needs-value-"
            onValue={(text, save) => void controller.setProfileValue(field.name, text, save)}
            onCommit={() => void controller.saveChoices()}
          />
        ))}
      </div>
    );
  };
  const correct = result
    ? {
        model: result.model,
        disabled: !enabled.correct,
        onLine: (id: string, patch: Parameters<typeof controller.correctLine>[1]) =>
          void controller.correctLine(id, patch),
        onColumn: (table: number, col: number, role: Parameters<typeof controller.correctColumn>[2]) =>
          void controller.correctColumn(table, col, role),
      }
    : undefined;
  // The findings list is the pane's largest part (a 10,000-line budget may have as many findings): built again only
  // when what it shows changes, not when a dialog opens or a status line comes and goes.
  const { resultPack, profileFields } = state;
  const values = state.choices.values;
  const findingsList = useMemo(
    () =>
      result && result.findings.length > 0 ? (
        <FindingsList
          locale={locale}
          findings={result.findings}
          word={resultPack ? (f) => findingText(f, resultPack, result.model.profile.unit, locale) : undefined}
          onSelect={(sheet, cell) => void controller.selectCell(sheet, cell)}
          correct={correct}
          needs={needs}
          cite={(citation) => citationText(citation, resultPack, locale)}
        />
      ) : null,
    // `correct` and `needs` are rebuilt each render from these.
    [result, resultPack, locale, controller, enabled.correct, enabled.choices, profileFields, values],
  );
  // The cap of the line the user is on, from the same rules the check used.
  const selected = result && state.selectedLine ? result.model.lines.find((l) => l.id === state.selectedLine) : null;
  const allowance = useMemo(
    () =>
      result && resultPack && state.selectedLine ? lineAllowance(result.model, resultPack, state.selectedLine) : null,
    [result, resultPack, state.selectedLine],
  );
  return (
    <main className={styles.pane} lang={locale}>
      <header className={styles.header}>
        <div className={styles.titles}>
          <Subtitle1 as="h1">{t(locale, "app.title")}</Subtitle1>
          <Caption1 className={styles.subtitle}>{t(locale, "app.subtitle")}</Caption1>
        </div>
        <Button
          size="small"
          appearance="subtle"
          data-testid="locale-toggle"
          aria-label={t(locale, "locale.switchLabel")}
          onClick={() => controller.setLocale(other)}
        >
          {t(locale, "locale.switch")}
        </Button>
      </header>

      <SettingsBar
        locale={locale}
        summary={settingsSummary(locale, state.standardId, state.used, state.choices, result?.model.profile ?? null)}
        open={settingsOpen}
        onToggle={() => setSettingsOpen(!settingsOpen)}
      >
        <StandardPicker
          locale={locale}
          value={state.standardId}
          used={state.used}
          disabled={!enabled.choices}
          onChange={(id) => void controller.setStandard(id)}
        />
        <ProfilePanel
          locale={locale}
          choices={state.choices}
          inferred={result?.model.profile ?? null}
          disabled={!enabled.choices}
          onChoice={(key, value) => void controller.setChoice(key, value)}
          onLastYearOm={(text) => controller.setLastYearOm(text)}
          onCommit={() => void controller.saveChoices()}
          onIncludeHidden={(include) => void controller.setChoice("includeHidden", include)}
          fields={state.profileFields}
          auto={state.standardId === "auto"}
          onProfileValue={(name, text, save) => void controller.setProfileValue(name, text, save)}
        />
      </SettingsBar>

      <Toolbar
        locale={locale}
        enabled={enabled}
        onCheck={() => void controller.check()}
        onClear={() => void controller.clearFlags()}
        onApprove={() => controller.openApprove()}
        onRevert={() => void controller.revert()}
        onResultsSheet={() => void controller.writeResultsSheet()}
        onTemplate={props.bridge.writeTemplate ? () => controller.openTemplate() : undefined}
      />
      {state.canWatch && (
        <Checkbox
          data-testid="live-switch"
          checked={state.live}
          label={t(locale, "live.label")}
          title={t(locale, "live.hint")}
          onChange={(_ev, data) => controller.setLive(data.checked === true)}
        />
      )}
      {state.busy && state.busy !== "init" && <ReadProgress locale={locale} progress={state.progress} />}
      {state.error && <ErrorBar locale={locale} error={state.error} onDismiss={() => controller.dismissError()} />}
      {state.status && <StatusBar locale={locale} status={state.status} onDismiss={() => controller.dismissStatus()} />}
      {state.oversized.map((record) => (
        <OversizedRecordBar
          key={record}
          locale={locale}
          record={record}
          disabled={state.busy !== null}
          onRemove={() => void controller.removeSavedRecord(record)}
        />
      ))}
      {state.noTable && <NoTableGuide locale={locale} outcome={state.noTable} />}

      {result && (
        <>
          <Divider />
          {state.stale && (
            <MessageBar intent="warning" data-testid="stale">
              <MessageBarBody>{t(locale, "summary.stale")}</MessageBarBody>
            </MessageBar>
          )}
          <Summary locale={locale} result={result} submittedBefore={state.submittedBefore} />
          {selected && (
            <LineCap
              locale={locale}
              line={selected}
              allowance={allowance}
              unit={result.model.profile.unit}
              pack={resultPack}
              canFill={state.plan.some((c) => c.lineId === selected.id)}
              disabled={!enabled.approve}
              onFill={() => controller.fillToCap(selected.id)}
            />
          )}
        </>
      )}
      {result && (
        <>
          {findingsList}
          <Button
            size="small"
            appearance="secondary"
            icon={<TextBulletListSquareEdit20Regular />}
            data-testid="lines-toggle"
            aria-expanded={linesOpen}
            onClick={() => setLinesOpen(!linesOpen)}
          >
            {t(locale, linesOpen ? "lines.hide" : "lines.show")}
          </Button>
          {linesOpen && correct && (
            <LinesView locale={locale} model={result.model} disabled={correct.disabled} onLine={correct.onLine} />
          )}
          <Button
            size="small"
            appearance="secondary"
            icon={<TableSettings20Regular />}
            data-testid="columns-toggle"
            aria-expanded={columnsOpen}
            onClick={() => setColumnsOpen(!columnsOpen)}
          >
            {t(locale, columnsOpen ? "columns.hide" : "columns.show")}
          </Button>
          {columnsOpen && (
            <ColumnsView
              locale={locale}
              tables={result.model.tables}
              disabled={!enabled.correct}
              onRole={(table, col, role) => void controller.correctColumn(table, col, role)}
            />
          )}
        </>
      )}
      <CorrectionsList
        locale={locale}
        corrections={state.corrections}
        disabled={state.busy !== null}
        onRemove={(kind, index) => void controller.removeCorrection(kind, index)}
      />
      <TemplateDialog
        locale={locale}
        open={state.templateOpen}
        standard={titleOf(controller.templatePackId(), locale)}
        onCreate={(kind, system) => void controller.createTemplate(kind, system)}
        onCancel={() => controller.cancelTemplate()}
      />
      <ApproveDialog
        locale={locale}
        open={state.approveOpen}
        changes={controller.scopedPlan()}
        review={state.approveScope ? null : (result?.review ?? null)}
        unit={result?.model.profile.unit}
        pack={state.resultPack ?? null}
        onApply={() => void controller.applyApprove()}
        onCancel={() => controller.cancelApprove()}
      />
    </main>
  );
}

/** The title of a pack the pane lists, in the pane's language. */
function titleOf(id: string, locale: Locale): string {
  const info = standardInfo(id);
  return info ? packTitle(info, locale) : "";
}

/** The task pane. Excel is reached only through `bridge`, so the pane runs against a fake host in tests. */
export function App(props: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={props.theme === "dark" ? webDarkTheme : webLightTheme} className={styles.provider}>
      {/* Above Pane, so a failure in its hooks is caught too; it speaks the locale the pane opened in. */}
      <ErrorBoundary locale={props.initialLocale ?? "zh-CN"}>
        <Pane {...props} />
      </ErrorBoundary>
    </FluentProvider>
  );
}
