import { Button, Paragraph } from "@digdir/designsystemet-react";
import type { BoardBooking } from "@sambruk/contracts";
import type { DroppedTime } from "../utils/board-events";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApproveBooking } from "../api/approve-booking";
import { useCheckInBooking } from "../api/check-in-booking";
import { useRejectBooking } from "../api/reject-booking";
import { BookingDetails } from "./booking-details";
import { ChangeRequestForm } from "./change-request-form";
import { DecisionProblem } from "./decision-problem";
import { DeskDialog } from "./desk-dialog";
import { MoveSection } from "./move-section";
import { ReasonForm } from "./reason-form";
import { approvedMessage } from "./approve-dialog";

type Step = "details" | "approve" | "reject" | "change" | "move";

const HEADINGS = {
  move: "desk.move.heading",
  reject: "desk.reject.heading",
  change: "desk.change.heading",
  approve: "desk.approve.heading",
} as const satisfies Record<Exclude<Step, "details">, string>;

interface BookingPanelProps {
  booking: BoardBooking;
  spaceName: string;
  centreName: (centreId: string) => string | undefined;
  /** Dragged to this time on the board: open at "Flytt" with it, for the host to confirm with a reason. */
  dropped?: DroppedTime | null;
  onClose: () => void;
  /** A decision or move is saved: close, and announce this. */
  onDone: (message: string) => void;
}

/** The booking in a dialog: its details, and check-in, approve/reject or "Flytt" as its state allows. */
export function BookingPanel({ booking, spaceName, centreName, dropped = null, onClose, onDone }: BookingPanelProps) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>(dropped ? "move" : "details");
  const checkIn = useCheckInBooking();
  const approve = useApproveBooking();
  const reject = useRejectBooking();
  const title = booking.title;
  const heading = step === "details" ? title : t(HEADINGS[step], { title });

  let body;
  if (step === "move") {
    body = <MoveSection booking={booking} centreName={centreName} dropped={dropped} onBack={() => { setStep("details"); }} onDone={onDone} />;
  } else if (step === "change") {
    body = <ChangeRequestForm booking={booking} onCancel={() => { setStep("details"); }} onDone={onDone} />;
  } else if (step === "reject") {
    body = (
      <>
        <DecisionProblem error={reject.error} />
        <ReasonForm
          label={t("desk.reject.reason")}
          description={t("desk.reject.reasonHelp")}
          requiredMessage={t("desk.reject.reasonRequired")}
          submitText={t("desk.reject.confirm")}
          busy={reject.isPending}
          onCancel={() => { setStep("details"); }}
          onSubmit={(reason) => {
            reject.mutate({ booking, reason }, { onSuccess: () => { onDone(t("desk.reject.done", { title })); } });
          }}
        />
      </>
    );
  } else if (step === "approve") {
    body = (
      <>
        <Paragraph>{t("desk.approve.othersUnknown")}</Paragraph>
        <DecisionProblem error={approve.error} />
        <div className="desk-actions">
          <Button loading={approve.isPending} onClick={() => { approve.mutate(booking, { onSuccess: (result) => { onDone(approvedMessage(t, result)); } }); }}>
            {t("desk.approve.confirm")}
          </Button>
          <Button variant="secondary" onClick={() => { setStep("details"); }}>
            {t("desk.approve.cancel")}
          </Button>
        </div>
      </>
    );
  } else {
    body = (
      <>
        <BookingDetails booking={booking} spaceName={spaceName} />
        <DecisionProblem error={checkIn.error} />
        <div className="desk-actions">
          {booking.status === "confirmed" && (
            <Button loading={checkIn.isPending} onClick={() => { checkIn.mutate(booking, { onSuccess: () => { onDone(t("desk.panel.checkedIn", { title })); } }); }}>
              {t("desk.panel.checkIn")}
            </Button>
          )}
          {booking.status === "requested" && (
            <>
              <Button onClick={() => { setStep("approve"); }}>{t("desk.panel.approve")}</Button>
              <Button variant="secondary" onClick={() => { setStep("reject"); }}>{t("desk.panel.reject")}</Button>
              <Button variant="secondary" onClick={() => { setStep("change"); }}>{t("desk.panel.requestChange")}</Button>
            </>
          )}
          {(booking.status === "requested" || booking.status === "confirmed") && (
            <Button variant="secondary" onClick={() => { setStep("move"); }}>{t("desk.panel.move")}</Button>
          )}
          <Button variant="tertiary" onClick={onClose}>{t("desk.panel.close")}</Button>
        </div>
      </>
    );
  }
  return (
    <DeskDialog heading={heading} onClose={onClose} step={step}>
      {body}
    </DeskDialog>
  );
}
