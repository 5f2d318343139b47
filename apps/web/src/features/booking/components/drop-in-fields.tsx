import { Checkbox, Fieldset, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import type { AppointmentMode } from "@sambruk/contracts";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { APPOINTMENT_LENGTHS, type DropInErrors, type DropInValues } from "../utils/drop-in-values";
import { SelectField } from "../../../components/ui/select-field";

interface DropInFieldsProps {
  values: DropInValues;
  errors: DropInErrors;
  onChange: (patch: Partial<DropInValues>) => void;
}

const MODES: readonly AppointmentMode[] = ["in_person", "digital"];

/** For service staff: publish the time as drop-in hours, optionally cut into appointments, in person or digital. */
export function DropInFields({ values, errors, onChange }: DropInFieldsProps) {
  const { t } = useTranslation();
  const modesErrorId = useId();
  const toggle = (mode: AppointmentMode, on: boolean) => {
    onChange({ modes: MODES.filter((candidate) => (candidate === mode ? on : values.modes.includes(candidate))) });
  };

  return (
    <Fieldset className="booking-form__drop-in">
      <Fieldset.Legend>{t("dropIns.settings.enable")}</Fieldset.Legend>
      <Checkbox
        label={t("dropIns.settings.enable")}
        description={t("dropIns.settings.enableDescription")}
        checked={values.enabled}
        onChange={(event) => {
          onChange({ enabled: event.target.checked });
        }}
      />
      {values.enabled && (
        <>
          <SelectField
            label={t("dropIns.settings.length")}
            value={values.minutes}
            onChange={(minutes) => {
              onChange({ minutes: APPOINTMENT_LENGTHS.find((length) => length === minutes) ?? "" });
            }}
          >
            {APPOINTMENT_LENGTHS.map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutes === "" ? t("dropIns.settings.lengthNone") : t("dropIns.settings.lengthMinutes", { minutes })}
              </option>
            ))}
          </SelectField>
          <Fieldset aria-describedby={errors.modes ? modesErrorId : undefined}>
            <Fieldset.Legend>{t("dropIns.settings.modes")}</Fieldset.Legend>
            {MODES.map((mode) => (
              <Checkbox
                key={mode}
                label={t(`dropIns.mode.${mode}`)}
                value={mode}
                checked={values.modes.includes(mode)}
                aria-invalid={errors.modes ? true : undefined}
                onChange={(event) => {
                  toggle(mode, event.target.checked);
                }}
              />
            ))}
            {errors.modes && <ValidationMessage id={modesErrorId}>{t(`dropIns.settings.errors.${errors.modes}`)}</ValidationMessage>}
          </Fieldset>
          {values.modes.includes("digital") && (
            <Textfield
              label={t("dropIns.settings.meetingLink")}
              description={t("dropIns.settings.meetingLinkDescription")}
              type="url"
              autoComplete="off"
              value={values.meetingLink}
              error={errors.meetingLink ? t(`dropIns.settings.errors.${errors.meetingLink}`) : undefined}
              onChange={(event) => {
                onChange({ meetingLink: event.target.value });
              }}
            />
          )}
        </>
      )}
    </Fieldset>
  );
}
