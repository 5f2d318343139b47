import { Button, Paragraph } from "@digdir/designsystemet-react";
import type { Approval, QueuedRequest } from "@sambruk/contracts";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { useApproveBooking } from "../api/approve-booking";
import { DecisionProblem } from "./decision-problem";
import { DeskDialog } from "./desk-dialog";

/** What an approval did, in words: the approved booking and how many competitors it rejected. */
export function approvedMessage(t: TFunction, result: Approval): string {
  const title = result.approved.title;
  const count = result.rejected.length;
  return count > 0 ? t("desk.approve.doneRejected", { title, count }) : t("desk.approve.done", { title });
}

interface ApproveDialogProps {
  request: QueuedRequest;
  /** How many other requests of its set the approval rejects. */
  others: number;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** "Godkjenn" from the queue, confirmed first: the rest of the set is rejected automatically. */
export function ApproveDialog({ request, others, onClose, onDone }: ApproveDialogProps) {
  const { t } = useTranslation();
  const approve = useApproveBooking();
  return (
    <DeskDialog heading={t("desk.approve.heading", { title: request.title })} onClose={onClose}>
      <Paragraph>{t("desk.approve.others", { count: others })}</Paragraph>
      <DecisionProblem error={approve.error} />
      <div className="desk-actions">
        <Button
          loading={approve.isPending}
          onClick={() => {
            approve.mutate(request, { onSuccess: (result) => { onDone(approvedMessage(t, result)); } });
          }}
        >
          {t("desk.approve.confirm")}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t("desk.approve.cancel")}
        </Button>
      </div>
    </DeskDialog>
  );
}
