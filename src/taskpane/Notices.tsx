import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Delete16Regular } from "@fluentui/react-icons";
import type { SavedRecord } from "../excel/settings";
import { t, type Locale } from "./i18n";

/**
 * No budget table was found: the core's outcome (what a table needs, the hidden sheets left out and how to include
 * them, worded as the CLI words it) and what to do next, as guidance rather than an error.
 */
export function NoTableGuide(props: { locale: Locale; outcome: { zh: string; en: string } }) {
  const { locale, outcome } = props;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="no-table">
      <MessageBarBody>
        <MessageBarTitle>{t(locale, "noTable.title")}</MessageBarTitle>
        <div>{locale === "en-US" ? outcome.en : outcome.zh}</div>
        <div>{t(locale, "noTable.next")}</div>
      </MessageBarBody>
    </MessageBar>
  );
}

/** A saved record too large to read back, with the way out: removing it (nothing else stops because of it). */
export function OversizedRecordBar(props: {
  locale: Locale;
  record: SavedRecord;
  disabled: boolean;
  onRemove: () => void;
}) {
  const { locale, record } = props;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="oversized-record" data-record={record}>
      <MessageBarBody>{t(locale, `oversized.${record}`)}</MessageBarBody>
      <MessageBarActions>
        <Button
          size="small"
          icon={<Delete16Regular />}
          data-testid="oversized-remove"
          disabled={props.disabled}
          onClick={props.onRemove}
        >
          {t(locale, `oversized.remove.${record}`)}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
