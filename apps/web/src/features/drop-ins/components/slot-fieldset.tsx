import { Fieldset, Paragraph, Radio, ValidationMessage } from "@digdir/designsystemet-react";
import type { AppointmentSlot } from "@sambruk/contracts";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { dateLocale } from "../../../lib/date-locale";
import { formatSlot } from "../utils/format-slot";

interface SlotFieldsetProps {
  slots: readonly AppointmentSlot[];
  value: string;
  error: string | undefined;
  onChange: (start: string) => void;
}

/** The window's appointments as radio buttons, each named by its day, time and whether it is free. */
export function SlotFieldset({ slots, value, error, onChange }: SlotFieldsetProps) {
  const { t, i18n } = useTranslation();
  const errorId = useId();
  const locale = dateLocale(i18n.resolvedLanguage);
  const free = slots.some((slot) => slot.available);
  return (
    <Fieldset aria-describedby={error ? errorId : undefined}>
      <Fieldset.Legend>{t("dropIns.page.slots")}</Fieldset.Legend>
      {!free && <Paragraph>{t("dropIns.page.noFreeSlots")}</Paragraph>}
      <div className="slot-list">
        {slots.map((slot) => {
          const when = formatSlot(slot.start, slot.end, locale);
          return (
            <Radio
              key={slot.start}
              name="slot"
              value={slot.start}
              label={t(slot.available ? "dropIns.page.slotFree" : "dropIns.page.slotTaken", { when })}
              disabled={!slot.available}
              checked={value === slot.start}
              aria-invalid={error ? true : undefined}
              onChange={() => {
                onChange(slot.start);
              }}
            />
          );
        })}
      </div>
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Fieldset>
  );
}
