import { Checkbox, Fieldset, Radio, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import type { IsoWeekday } from "@sambruk/domain";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { weekdayKey } from "../../../lib/i18n/weekday-key";
import { nthWeekdayOf, weekdaysOf, type RepeatErrors, type RepeatFrequency, type RepeatValues } from "../utils/repeat-values";

interface RepeatFieldsProps {
  values: RepeatValues;
  /** The first date (the form's date): its weekday is the default, its place in the month the monthly rule. */
  firstDate: string;
  errors: RepeatErrors;
  onChange: (patch: Partial<RepeatValues>) => void;
}

const FREQUENCIES: readonly RepeatFrequency[] = ["none", "weekly", "biweekly", "monthly"];
const WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

/** "Gjenta": once, every (other) week on some weekdays, or monthly on the nth weekday; until a date or n times. */
export function RepeatFields({ values, firstDate, errors, onChange }: RepeatFieldsProps) {
  const { t } = useTranslation();
  const weekdaysErrorId = useId();
  const nth = nthWeekdayOf(firstDate);
  const chosen = weekdaysOf(values, firstDate);
  const label = (frequency: RepeatFrequency) => {
    if (frequency !== "monthly") return t(`series.repeat.${frequency}`);
    if (!nth) return t("series.repeat.monthlyPlain");
    const ordinal = nth.nth === -1 ? t("series.repeat.nthLast") : t(`series.repeat.ordinal.${String(nth.nth) as "1"}`);
    return t("series.repeat.monthly", { nth: ordinal, weekday: t(weekdayKey(nth.weekday)) });
  };
  const toggle = (weekday: IsoWeekday, on: boolean) => {
    const next = on ? [...chosen, weekday] : chosen.filter((day) => day !== weekday);
    onChange({ weekdays: [...new Set(next)].sort((a, b) => a - b) });
  };
  const error = (key: RepeatErrors[keyof RepeatErrors]) => (key ? t(`series.repeat.errors.${key}`) : undefined);

  return (
    <Fieldset className="booking-form__repeat">
      <Fieldset.Legend>{t("series.repeat.legend")}</Fieldset.Legend>
      {FREQUENCIES.map((frequency) => (
        <Radio
          key={frequency}
          name="repeat"
          value={frequency}
          label={label(frequency)}
          checked={values.frequency === frequency}
          onChange={() => {
            onChange({ frequency });
          }}
        />
      ))}
      {(values.frequency === "weekly" || values.frequency === "biweekly") && (
        <Fieldset aria-describedby={errors.weekdays ? weekdaysErrorId : undefined}>
          <Fieldset.Legend>{t("series.repeat.weekdays")}</Fieldset.Legend>
          {WEEKDAYS.map((weekday) => (
            <Checkbox
              key={weekday}
              label={t(weekdayKey(weekday))}
              value={String(weekday)}
              checked={chosen.includes(weekday)}
              aria-invalid={errors.weekdays ? true : undefined}
              onChange={(event) => {
                toggle(weekday, event.target.checked);
              }}
            />
          ))}
          {errors.weekdays && <ValidationMessage id={weekdaysErrorId}>{error(errors.weekdays)}</ValidationMessage>}
        </Fieldset>
      )}
      {values.frequency !== "none" && (
        <Fieldset>
          <Fieldset.Legend>{t("series.repeat.endLegend")}</Fieldset.Legend>
          {(["until", "count"] as const).map((end) => (
            <Radio
              key={end}
              name="repeat-end"
              value={end}
              label={t(end === "until" ? "series.repeat.endUntil" : "series.repeat.endCount")}
              checked={values.end === end}
              onChange={() => {
                onChange({ end });
              }}
            />
          ))}
          {values.end === "until" ? (
            <Textfield
              label={t("series.repeat.until")}
              type="date"
              value={values.until}
              error={error(errors.until)}
              onChange={(event) => {
                onChange({ until: event.target.value });
              }}
            />
          ) : (
            <Textfield
              label={t("series.repeat.count")}
              inputMode="numeric"
              autoComplete="off"
              value={values.count}
              error={error(errors.count)}
              onChange={(event) => {
                onChange({ count: event.target.value });
              }}
            />
          )}
        </Fieldset>
      )}
    </Fieldset>
  );
}
