import { Checkbox, Textfield } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { DeskBookingErrors, DeskBookingValues, DeskErrorKey } from "../utils/desk-booking-values";

interface BumpFieldsProps {
  values: DeskBookingValues;
  errors: DeskBookingErrors;
  /** Only an admin may set the notice rule aside. */
  isAdmin: boolean;
  onChange: (patch: Partial<DeskBookingValues>) => void;
}

/** "Take the time from a lower priority": the reason (required), and for an admin the override with its justification. */
export function BumpFields({ values, errors, isAdmin, onChange }: BumpFieldsProps) {
  const { t } = useTranslation();
  const error = (key: DeskErrorKey | undefined) => (key ? t(`deskForms.errors.${key}`) : undefined);
  return (
    <div className="stack">
      <Checkbox
        label={t("deskForms.booking.bump")}
        description={t("deskForms.booking.bumpDescription")}
        checked={values.bump}
        onChange={(event) => {
          onChange({ bump: event.target.checked });
        }}
      />
      {values.bump && (
        <>
          <Textfield
            label={t("deskForms.booking.bumpReason")}
            description={t("deskForms.booking.bumpReasonDescription")}
            required
            multiline
            rows={2}
            maxLength={500}
            value={values.reason}
            error={error(errors.reason)}
            onChange={(event) => {
              onChange({ reason: event.target.value });
            }}
          />
          {isAdmin && (
            <Checkbox
              label={t("deskForms.booking.override")}
              description={t("deskForms.booking.overrideDescription")}
              checked={values.override}
              onChange={(event) => {
                onChange({ override: event.target.checked });
              }}
            />
          )}
          {isAdmin && values.override && (
            <Textfield
              label={t("deskForms.booking.justification")}
              description={t("deskForms.booking.justificationDescription")}
              required
              multiline
              rows={2}
              maxLength={500}
              value={values.justification}
              error={error(errors.justification)}
              onChange={(event) => {
                onChange({ justification: event.target.value });
              }}
            />
          )}
        </>
      )}
    </div>
  );
}
