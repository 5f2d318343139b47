import { Button, Heading, Paragraph, Textfield } from "@digdir/designsystemet-react";
import type { Alternative, DeskBooking } from "@sambruk/contracts";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ui/error-state";
import { LoadingState } from "../../../components/ui/loading-state";
import { useDeskAlternatives } from "../api/get-desk-alternatives";
import { useSpaceNames } from "../../../lib/queries/spaces";
import { useMoveBooking } from "../api/move-booking";
import type { DroppedTime } from "../utils/board-events";
import { formatWhen } from "../utils/desk-date";
import { DecisionProblem } from "./decision-problem";

interface MoveSectionProps {
  booking: DeskBooking;
  centreName: (centreId: string) => string | undefined;
  /** The time the booking was dragged to on the board, offered first. */
  dropped?: DroppedTime | null;
  onBack: () => void;
  onDone: (message: string) => void;
}

type MoveTarget = Pick<Alternative, "spaceId" | "start" | "end">;

/** "Flytt": the time it was dragged to (if any) and the ranked alternatives, each with "Flytt hit", and the reason. */
export function MoveSection({ booking, centreName, dropped = null, onBack, onDone }: MoveSectionProps) {
  const { t, i18n } = useTranslation();
  const alternatives = useDeskAlternatives(booking.id);
  const list = alternatives.data?.alternatives ?? [];
  const spaceNames = useSpaceNames([booking.centreId, ...list.map((alternative) => alternative.centreId)]);
  const move = useMoveBooking();
  const [reason, setReason] = useState("");
  const [tried, setTried] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const missing = reason.trim() === "";

  const moveTo = (alternative: MoveTarget) => {
    setTried(true);
    if (missing) {
      reasonRef.current?.focus();
      return;
    }
    const target = { spaceId: alternative.spaceId, start: alternative.start, end: alternative.end, reason: reason.trim() };
    move.mutate({ booking, move: target }, { onSuccess: () => { onDone(t("desk.move.done", { title: booking.title })); } });
  };

  const moveHere = (target: MoveTarget, where: string, when: string) => (
    <Button variant="secondary" data-size="sm" aria-label={t("desk.move.moveHereLabel", { where, when })} disabled={move.isPending} onClick={() => { moveTo(target); }}>
      {t("desk.move.moveHere")}
    </Button>
  );
  const droppedWhere = dropped ? [spaceNames.get(dropped.spaceId) ?? t("desk.move.unknownSpace"), centreName(booking.centreId)].filter(Boolean).join(", ") : "";
  const droppedWhen = dropped ? formatWhen(dropped.start, dropped.end, i18n.language) : "";

  let content;
  if (alternatives.isPending) content = <LoadingState />;
  else if (alternatives.error) content = <ErrorState error={alternatives.error} onRetry={() => void alternatives.refetch()} retrying={alternatives.isFetching} />;
  else if (list.length === 0) content = <Paragraph>{t("desk.move.none")}</Paragraph>;
  else {
    content = (
      <ul className="desk-alternatives" aria-label={t("desk.move.alternatives")}>
        {list.map((alternative) => {
          const space = spaceNames.get(alternative.spaceId) ?? t("desk.move.unknownSpace");
          const where = [space, centreName(alternative.centreId)].filter(Boolean).join(", ");
          const when = formatWhen(alternative.start, alternative.end, i18n.language);
          return (
            <li key={`${alternative.spaceId}-${alternative.start}`} className="desk-alternatives__item">
              <span>
                <strong>{where}</strong>
                <br />
                {when}
                <br />
                <span className="desk-alternatives__kind">{t(`desk.move.kind.${alternative.kind}`)}</span>
              </span>
              {moveHere(alternative, where, when)}
            </li>
          );
        })}
      </ul>
    );
  }

  return (
    <div className="stack">
      <Textfield
        ref={reasonRef}
        label={t("desk.move.reason")}
        description={t("desk.move.reasonHelp")}
        multiline
        rows={2}
        maxLength={500}
        required
        value={reason}
        error={tried && missing ? t("desk.move.reasonRequired") : undefined}
        onChange={(event) => {
          setReason(event.target.value);
        }}
      />
      <DecisionProblem error={move.error} />
      {dropped && (
        <div className="desk-alternatives__item">
          <span>
            <strong>{t("desk.move.dropped")}</strong>
            <br />
            {droppedWhere}
            <br />
            {droppedWhen}
          </span>
          {moveHere(dropped, droppedWhere, droppedWhen)}
        </div>
      )}
      <Heading level={3} data-size="2xs">
        {t("desk.move.alternatives")}
      </Heading>
      {content}
      <div className="desk-actions">
        <Button variant="secondary" onClick={onBack}>
          {t("desk.move.back")}
        </Button>
      </div>
    </div>
  );
}
