import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { WaitlistEntry } from "@sambruk/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ui/error-state";
import { LoadingState } from "../../../components/ui/loading-state";
import { isRetryable } from "../../../lib/api-error";
import { errorMessage } from "../../../lib/error-message";
import { useAcceptWaitlistOffer } from "../api/accept-waitlist-offer";
import { useDeclineWaitlistOffer } from "../api/decline-waitlist-offer";
import { useWaitlist } from "../api/get-waitlist";
import { useLeaveWaitlist } from "../api/leave-waitlist";
import { formatWaitlistSpan } from "../utils/format-waitlist-time";
import { WaitlistItem, type WaitlistAction } from "./waitlist-item";

interface WaitlistSectionProps {
  /** An accepted offer made a booking: the page's lists of bookings are out of date. */
  onBooked?: () => void;
}

/** "Venteliste" on My bookings: the user's entries, with accept, decline and leave; what happened is announced. */
export function WaitlistSection({ onBooked }: WaitlistSectionProps) {
  const { t, i18n } = useTranslation();
  const entries = useWaitlist();
  const accept = useAcceptWaitlistOffer();
  const decline = useDeclineWaitlistOffer();
  const leave = useLeaveWaitlist();
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState<{ id: string; action: WaitlistAction } | null>(null);

  const act = (action: WaitlistAction, entry: WaitlistEntry) => {
    const title = entry.title;
    setMessage("");
    setBusy({ id: entry.id, action });
    const done = (text: string) => {
      setMessage(text);
    };
    const options = {
      onError: (error: unknown) => {
        done(t("waitlist.actionFailed", { message: errorMessage(t, error) }));
      },
      onSettled: () => {
        setBusy(null);
      },
    };
    if (action === "accept") {
      accept.mutate(entry.id, {
        ...options,
        onSuccess: ({ booking }) => {
          const when = formatWaitlistSpan(booking.start, booking.end, i18n.language);
          done(t(booking.status === "requested" ? "waitlist.requested" : "waitlist.accepted", { title, when }));
          onBooked?.();
        },
      });
    } else if (action === "decline") {
      decline.mutate(entry.id, { ...options, onSuccess: () => { done(t("waitlist.declined", { title })); } });
    } else {
      leave.mutate(entry.id, { ...options, onSuccess: () => { done(t("waitlist.left", { title })); } });
    }
  };

  return (
    <section id="venteliste" className="stack" aria-labelledby="venteliste-heading">
      <Heading level={2} data-size="sm" id="venteliste-heading">
        {t("waitlist.heading")}
      </Heading>
      <Paragraph>{t("waitlist.intro")}</Paragraph>
      <div aria-live="polite">{message && <Paragraph>{message}</Paragraph>}</div>
      {entries.isPending ? (
        <LoadingState />
      ) : entries.error ? (
        <ErrorState error={entries.error} onRetry={isRetryable(entries.error) ? () => void entries.refetch() : undefined} retrying={entries.isFetching} />
      ) : entries.data.length === 0 ? (
        <Paragraph>{t("waitlist.empty")}</Paragraph>
      ) : (
        <ul className="waitlist-list" aria-label={t("waitlist.listLabel")}>
          {entries.data.map((entry) => (
            <li key={entry.id}>
              <WaitlistItem entry={entry} busy={busy?.id === entry.id ? busy.action : null} onAction={act} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
