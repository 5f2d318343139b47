import { Card, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { ConflictSet, QueuedRequest } from "@sambruk/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/ui/empty-state";
import { ErrorState } from "../../../components/ui/error-state";
import { LoadingState } from "../../../components/ui/loading-state";
import { isRetryable } from "../../../lib/api-error";
import { useDeskQueue } from "../api/get-desk-queue";
import { formatWhen } from "../utils/desk-date";
import { ApproveDialog } from "./approve-dialog";
import { ChangeDialog } from "./change-dialog";
import { QueuedRequestItem } from "./queued-request";
import { RejectDialog } from "./reject-dialog";

type Decision = { kind: "approve" | "reject" | "change"; request: QueuedRequest; set: ConflictSet };

interface DeskQueueProps {
  centreId: string;
  spaceName: (spaceId: string) => string;
  onDone: (message: string) => void;
}

/** The queue: each conflict set as a card with its requests (tier first) and the confirmed bookings in the way. */
export function DeskQueue({ centreId, spaceName, onDone }: DeskQueueProps) {
  const { t, i18n } = useTranslation();
  const queue = useDeskQueue(centreId);
  const [decision, setDecision] = useState<Decision | null>(null);
  if (queue.isPending) return <LoadingState />;
  if (queue.error) {
    const retry = isRetryable(queue.error) ? () => void queue.refetch() : undefined;
    return <ErrorState error={queue.error} onRetry={retry} retrying={queue.isFetching} />;
  }
  if (queue.data.sets.length === 0) return <EmptyState message={t("desk.queue.empty")} />;
  const done = (message: string) => {
    setDecision(null);
    onDone(message);
  };
  return (
    <div className="stack">
      {queue.data.sets.map((set) => {
        const first = set.requests[0];
        const time = first ? formatWhen(first.start, first.end, i18n.language) : "";
        const label = set.requests.length > 1 ? t("desk.queue.setLabel", { time }) : t("desk.queue.single", { time });
        return (
          <Card key={set.requests.map((request) => request.id).join("-")} className="desk-set" data-color="neutral">
            <Heading level={3} data-size="xs">
              {label}
            </Heading>
            {set.requests.map((request) => (
              <QueuedRequestItem
                key={request.id}
                request={request}
                spaceName={spaceName(request.spaceId)}
                onApprove={() => { setDecision({ kind: "approve", request, set }); }}
                onReject={() => { setDecision({ kind: "reject", request, set }); }}
                onRequestChange={() => { setDecision({ kind: "change", request, set }); }}
              />
            ))}
            {set.holders.length > 0 && (
              <div>
                <Heading level={4} data-size="2xs">
                  {t("desk.queue.holders")}
                </Heading>
                <ul>
                  {set.holders.map((holder) => (
                    <li key={holder.id}>
                      <Paragraph data-size="sm">
                        {holder.title}, {holder.organisation.name} · {formatWhen(holder.start, holder.end, i18n.language)} · {spaceName(holder.spaceId)}
                      </Paragraph>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </Card>
        );
      })}
      {decision?.kind === "approve" && (
        <ApproveDialog request={decision.request} others={decision.set.requests.length - 1} onClose={() => { setDecision(null); }} onDone={done} />
      )}
      {decision?.kind === "reject" && <RejectDialog request={decision.request} onClose={() => { setDecision(null); }} onDone={done} />}
      {decision?.kind === "change" && <ChangeDialog request={decision.request} onClose={() => { setDecision(null); }} onDone={done} />}
    </div>
  );
}
