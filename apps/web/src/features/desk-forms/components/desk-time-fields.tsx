import { Textfield } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { normaliseTime } from "../../../lib/wall-clock";

interface DeskTimeFieldProps {
  label: string;
  value: string;
  error?: string | undefined;
  onChange: (value: string) => void;
}

/** A time of day typed on a 24-hour clock ("1800" → "18:00" on leaving the field). */
export function DeskTimeField({ label, value, error, onChange }: DeskTimeFieldProps) {
  const { t } = useTranslation();
  return (
    <Textfield
      label={label}
      description={t("deskForms.fields.timeDescription")}
      inputMode="numeric"
      autoComplete="off"
      value={value}
      error={error}
      onChange={(event) => {
        onChange(event.target.value);
      }}
      onBlur={(event) => {
        const time = normaliseTime(event.target.value);
        if (time !== null && time !== event.target.value) onChange(time);
      }}
    />
  );
}
