import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import type { StatusMessage } from "./audit-controller";
import { t, type Locale } from "./i18n";

export function StatusBar(props: { locale: Locale; status: StatusMessage; onDismiss: () => void }) {
  const { locale, status } = props;
  return (
    <MessageBar intent={status.intent} layout="multiline" data-testid="status">
      <MessageBarBody>
        {status.parts.map((p) => t(locale, p.key, locale === "en-US" && p.paramsEn ? p.paramsEn : p.params)).join("")}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={t(locale, "action.dismiss")}
            icon={<Dismiss20Regular />}
            onClick={props.onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
