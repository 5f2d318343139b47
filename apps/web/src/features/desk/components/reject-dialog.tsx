import type { DeskBooking } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";
import { useRejectBooking } from "../api/reject-booking";
import { DecisionProblem } from "./decision-problem";
import { DeskDialog } from "./desk-dialog";
import { ReasonForm } from "./reason-form";

/** "Avslå" from the queue: a required reason the booker is shown. */
export function RejectDialog({ request, onClose, onDone }: { request: DeskBooking; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const reject = useRejectBooking();
  return (
    <DeskDialog heading={t("desk.reject.heading", { title: request.title })} onClose={onClose}>
      <DecisionProblem error={reject.error} />
      <ReasonForm
        label={t("desk.reject.reason")}
        description={t("desk.reject.reasonHelp")}
        requiredMessage={t("desk.reject.reasonRequired")}
        submitText={t("desk.reject.confirm")}
        busy={reject.isPending}
        onCancel={onClose}
        onSubmit={(reason) => {
          reject.mutate({ booking: request, reason }, { onSuccess: () => { onDone(t("desk.reject.done", { title: request.title })); } });
        }}
      />
    </DeskDialog>
  );
}
