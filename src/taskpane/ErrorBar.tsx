import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { t, type Locale } from "./i18n";
import { formatPaneError, type PaneError } from "./pane-error";

export function ErrorBar(props: { locale: Locale; error: PaneError; onDismiss?: () => void }) {
  const { locale } = props;
  return (
    <MessageBar intent="error" layout="multiline" data-testid="error-bar">
      <MessageBarBody>
        <MessageBarTitle>{t(locale, "error.title")}</MessageBarTitle>
        {formatPaneError(props.error, locale)}
      </MessageBarBody>
      {props.onDismiss && (
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
      )}
    </MessageBar>
  );
}
