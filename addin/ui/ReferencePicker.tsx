/**
 * The Word style reference for the export, as the CLI's `--reference <docx>`: the built-in one
 * (the official styles and the letterhead of templates/reference.docx, filled per document) or a
 * .docx the secretariat restyled in Word, read with the CLI's own reader (styles and Letterhead
 * paragraphs; a broken file is refused in words).
 */
import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { REFERENCE_STYLES } from "../../generator/documents";
import { referenceFromBytes } from "../../generator/gate";
import { explain } from "../logic/errors";
import { useT } from "./i18n";

export interface ChosenReference {
  name: string;
  styles: string;
  letterhead: string[];
}

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: "4px" },
  row: { display: "flex", gap: "6px", alignItems: "center", flexWrap: "wrap" },
  thai: { wordBreak: "keep-all" },
});

const bytesOf = async (file: File) => new Uint8Array(await (file.arrayBuffer ? file.arrayBuffer() : new Response(file).arrayBuffer()));

export function ReferencePicker({
  chosen,
  disabled,
  onChange,
}: {
  chosen: ChosenReference | undefined;
  disabled: boolean;
  onChange(r: ChosenReference | undefined): void;
}) {
  const s = useStyles();
  const { t, pick } = useT();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const read = async (file: File | undefined) => {
    if (!file) return;
    try {
      const ref = referenceFromBytes(file.name, await bytesOf(file), REFERENCE_STYLES);
      onChange({ name: file.name, ...ref });
      setError(null);
    } catch (e) {
      setError(pick(explain(e)));
    } finally {
      if (input.current) input.current.value = "";
    }
  };
  return (
    <div className={s.box} role="group" aria-label={t("referenceLabel")}>
      <Text weight="semibold" size={200}>
        {t("referenceLabel")}
      </Text>
      <Caption1 className={s.thai} data-testid="reference-in-use">
        {chosen ? t("referenceChosen", { name: chosen.name }) : t("referenceBuiltIn")}
      </Caption1>
      {chosen && chosen.letterhead.length > 0 && (
        <Caption1 className={s.thai}>
          {t("referenceLetterhead")}: {chosen.letterhead.join(" / ")}
        </Caption1>
      )}
      <div className={s.row}>
        <input
          ref={input}
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          hidden
          data-testid="reference-file"
          onChange={(e) => void read(e.target.files?.[0])}
        />
        <Button size="small" disabled={disabled} onClick={() => input.current?.click()}>
          {t("referenceChoose")}
        </Button>
        {chosen && (
          <Button size="small" appearance="subtle" disabled={disabled} onClick={() => onChange(undefined)}>
            {t("referenceReset")}
          </Button>
        )}
      </div>
      <div aria-live="polite">
        {error && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
