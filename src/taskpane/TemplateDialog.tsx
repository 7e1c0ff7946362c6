import { useState } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { SystemType, TemplateKind } from "../core";
import { kindLabel, systemLabel, t, type Locale } from "./i18n";
import { SYSTEMS } from "./profile-choices";

const useStyles = makeStyles({
  surface: { maxWidth: "min(440px, calc(100vw - 24px))" },
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

const TEMPLATE_KINDS: readonly TemplateKind[] = ["construction", "upgrade", "om"];

/** 新建预算表: asks the kind (建设 / 升级改造 / 运维) and, for a construction budget, the system type. */
export function TemplateDialog(props: {
  locale: Locale;
  open: boolean;
  standard: string;
  onCreate: (kind: TemplateKind, system: SystemType) => void;
  onCancel: () => void;
}) {
  const { locale } = props;
  const styles = useStyles();
  const [kind, setKind] = useState<TemplateKind>("construction");
  const [system, setSystem] = useState<SystemType>("oa");
  return (
    <Dialog open={props.open} onOpenChange={(_ev, data) => !data.open && props.onCancel()}>
      <DialogSurface className={styles.surface} data-testid="template-dialog">
        <DialogBody>
          <DialogTitle>{t(locale, "template.title")}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text size={200}>{t(locale, "template.intro", { standard: props.standard })}</Text>
            <Field label={t(locale, "template.kind")}>
              <Select
                data-testid="template-kind"
                value={kind}
                onChange={(_ev, data) => setKind(data.value as TemplateKind)}
              >
                {TEMPLATE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {kindLabel(locale, k)}
                  </option>
                ))}
              </Select>
            </Field>
            {kind !== "om" && (
              <Field label={t(locale, "template.system")}>
                <Select
                  data-testid="template-system"
                  value={system}
                  onChange={(_ev, data) => setSystem(data.value as SystemType)}
                >
                  {SYSTEMS.map((s) => (
                    <option key={s} value={s}>
                      {systemLabel(locale, s)}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" data-testid="template-create" onClick={() => props.onCreate(kind, system)}>
              {t(locale, "template.create")}
            </Button>
            <Button data-testid="template-cancel" onClick={props.onCancel}>
              {t(locale, "template.cancel")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
