import type { DeskBooking } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";
import { useRequestBookingChange } from "../api/request-booking-change";
import { DecisionProblem } from "./decision-problem";
import { ReasonForm } from "./reason-form";

interface ChangeRequestFormProps {
  booking: DeskBooking;
  onCancel: () => void;
  onDone: (message: string) => void;
}

/** "Be om endring": a required message the booker is shown; the request keeps waiting. */
export function ChangeRequestForm({ booking, onCancel, onDone }: ChangeRequestFormProps) {
  const { t } = useTranslation();
  const change = useRequestBookingChange();
  return (
    <>
      <DecisionProblem error={change.error} />
      <ReasonForm
        label={t("desk.change.message")}
        description={t("desk.change.messageHelp")}
        requiredMessage={t("desk.change.messageRequired")}
        submitText={t("desk.change.confirm")}
        busy={change.isPending}
        onCancel={onCancel}
        onSubmit={(message) => {
          change.mutate({ booking, message }, { onSuccess: () => { onDone(t("desk.change.done", { title: booking.title })); } });
        }}
      />
    </>
  );
}
