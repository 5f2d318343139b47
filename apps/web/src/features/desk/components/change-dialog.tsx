import type { DeskBooking } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";
import { ChangeRequestForm } from "./change-request-form";
import { DeskDialog } from "./desk-dialog";

/** "Be om endring" from the queue. */
export function ChangeDialog({ request, onClose, onDone }: { request: DeskBooking; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  return (
    <DeskDialog heading={t("desk.change.heading", { title: request.title })} onClose={onClose}>
      <ChangeRequestForm booking={request} onCancel={onClose} onDone={onDone} />
    </DeskDialog>
  );
}
