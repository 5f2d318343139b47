import { Field, Label, Paragraph, Select, ValidationMessage } from "@digdir/designsystemet-react";
import type { Me } from "@sambruk/contracts";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../../lib/error-message";
import { useSetActingFor } from "../api/set-acting-for";

/**
 * Whom the user acts for (the default organisation of new bookings). Offers only the organisations the
 * user may book for; with nothing to choose between, it just says whom they act for.
 */
export function ActingForSelect({ me }: { me: Me }) {
  const { t } = useTranslation();
  const id = useId();
  const change = useSetActingFor();
  const bookable = me.memberships.filter((membership) => membership.mayBook);
  const current = me.actingFor;
  const currentIsBookable = bookable.some((membership) => membership.organisationId === current?.organisationId);
  // While a change is on its way, show the choice rather than snapping back to the old value.
  const shown = change.isPending ? change.variables : (current?.organisationId ?? "");

  if (bookable.length === 0 || (bookable.length === 1 && currentIsBookable)) {
    return (
      <Paragraph data-size="sm" className="account-menu__acting-for">
        {t("auth.actingFor")}: <strong>{current?.organisationName ?? t("auth.noActingFor")}</strong>
      </Paragraph>
    );
  }

  return (
    <Field data-size="sm" className="account-menu__field">
      <Label htmlFor={id}>{t("auth.actingFor")}</Label>
      <Select
        id={id}
        width="auto"
        value={shown}
        aria-invalid={change.isError || undefined}
        onChange={(event) => {
          const organisationId = event.target.value;
          if (organisationId !== "" && organisationId !== shown) change.mutate(organisationId);
        }}
      >
        {!currentIsBookable && (
          <option value={current?.organisationId ?? ""} disabled>
            {current?.organisationName ?? t("auth.chooseOrganisation")}
          </option>
        )}
        {bookable.map((membership) => (
          <option key={membership.organisationId} value={membership.organisationId}>
            {membership.organisationName}
          </option>
        ))}
      </Select>
      {change.error && <ValidationMessage>{errorMessage(t, change.error)}</ValidationMessage>}
    </Field>
  );
}
