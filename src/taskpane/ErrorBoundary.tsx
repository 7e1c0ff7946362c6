import { Component, type ErrorInfo, type ReactNode } from "react";
import { Button } from "@fluentui/react-components";
import { ErrorBar } from "./ErrorBar";
import { t, type Locale } from "./i18n";
import { formatPaneError, toPaneError, type PaneError } from "./pane-error";

interface Props {
  locale: Locale;
  children: ReactNode;
}

/** Last line of defence: a rendering bug shows as an error bar with a retry, never as a blank pane. */
export class ErrorBoundary extends Component<Props, { error: PaneError | null }> {
  override state: { error: PaneError | null } = { error: null };

  static getDerivedStateFromError(err: unknown): { error: PaneError } {
    return { error: toPaneError(err) };
  }

  override componentDidCatch(err: unknown, info: ErrorInfo): void {
    console.error("Budget Ruler pane crashed", err, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { locale } = this.props;
    return (
      <div>
        <ErrorBar
          locale={locale}
          error={{ message: `${t(locale, "error.crashed")} ${formatPaneError(error, locale)}` }}
        />
        <Button data-testid="error-retry" onClick={() => this.setState({ error: null })}>
          {t(locale, "error.retry")}
        </Button>
      </div>
    );
  }
}
