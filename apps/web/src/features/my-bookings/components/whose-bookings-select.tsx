import { Field, Label, Select } from "@digdir/designsystemet-react";
import type { Membership } from "@sambruk/contracts";
import { useId } from "react";
import { useTranslation } from "react-i18next";

interface WhoseBookingsSelectProps {
  memberships: readonly Membership[];
  /** An organisation id, or "" for the bookings the user made themselves. */
  value: string;
  onChange: (organisationId: string) => void;
}

/** "Myself" or one of the user's organisations (those they may only view are marked so). */
export function WhoseBookingsSelect({ memberships, value, onChange }: WhoseBookingsSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Field>
      <Label htmlFor={id}>{t("myBookings.whose")}</Label>
      <Select
        id={id}
        width="auto"
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        <option value="">{t("myBookings.self")}</option>
        {memberships.map((membership) => (
          <option key={membership.organisationId} value={membership.organisationId}>
            {membership.mayBook
              ? membership.organisationName
              : t("myBookings.viewOnly", { name: membership.organisationName })}
          </option>
        ))}
      </Select>
    </Field>
  );
}
