import { Fieldset, Textfield } from "@digdir/designsystemet-react";
import type { Ref } from "react";
import { useTranslation } from "react-i18next";
import { normaliseTime } from "../../../lib/wall-clock";
import type { BookingValues, FieldErrorKey, FieldErrors } from "../utils/booking-values";

interface TimeFieldsProps {
  values: BookingValues;
  errors: FieldErrors;
  onChange: (patch: Partial<BookingValues>) => void;
  dateRef?: Ref<HTMLInputElement>;
}

/** Date, start and end on the Oslo wall clock; times are typed on a 24-hour clock and tidied on leaving the field. */
export function TimeFields({ values, errors, onChange, dateRef }: TimeFieldsProps) {
  const { t } = useTranslation();
  const error = (key: FieldErrorKey | undefined) => (key ? t(`bookingForm.errors.${key}`) : undefined);
  const tidy = (field: "startTime" | "endTime", text: string) => {
    const time = normaliseTime(text);
    if (time !== null && time !== text) onChange({ [field]: time });
  };
  return (
    <Fieldset className="booking-form__when">
      <Fieldset.Legend>{t("bookingForm.fields.when")}</Fieldset.Legend>
      <Textfield
        ref={dateRef}
        label={t("bookingForm.fields.date")}
        type="date"
        value={values.date}
        error={error(errors.date)}
        onChange={(event) => {
          onChange({ date: event.target.value });
        }}
      />
      <div className="booking-form__times">
        <Textfield
          label={t("bookingForm.fields.start")}
          description={t("bookingForm.fields.timeDescription")}
          inputMode="numeric"
          autoComplete="off"
          value={values.startTime}
          error={error(errors.startTime)}
          onChange={(event) => {
            onChange({ startTime: event.target.value });
          }}
          onBlur={(event) => {
            tidy("startTime", event.target.value);
          }}
        />
        <Textfield
          label={t("bookingForm.fields.end")}
          description={t("bookingForm.fields.timeDescription")}
          inputMode="numeric"
          autoComplete="off"
          value={values.endTime}
          error={error(errors.endTime)}
          onChange={(event) => {
            onChange({ endTime: event.target.value });
          }}
          onBlur={(event) => {
            tidy("endTime", event.target.value);
          }}
        />
      </div>
    </Fieldset>
  );
}
