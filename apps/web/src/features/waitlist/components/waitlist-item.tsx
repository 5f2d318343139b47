import { Button, Card, Heading } from "@digdir/designsystemet-react";
import type { WaitlistEntry } from "@sambruk/contracts";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { formatWaitlistInstant, formatWaitlistSpan } from "../utils/format-waitlist-time";
import { WaitlistStatusTag } from "./waitlist-status-tag";

export type WaitlistAction = "accept" | "decline" | "leave";

interface WaitlistItemProps {
  entry: WaitlistEntry;
  /** The action under way on this entry, if any. */
  busy: WaitlistAction | null;
  onAction: (action: WaitlistAction, entry: WaitlistEntry) => void;
}

/** One entry: what and when, its status, the place in line or the deadline, and what can be done with it. */
export function WaitlistItem({ entry, busy, onAction }: WaitlistItemProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const button = (action: WaitlistAction, variant: "primary" | "secondary" | "tertiary") => (
    <Button
      variant={variant}
      data-size="sm"
      aria-describedby={headingId}
      loading={busy === action}
      aria-disabled={busy !== null || undefined}
      onClick={() => {
        if (busy === null) onAction(action, entry);
      }}
    >
      {t(`waitlist.${action}`)}
    </Button>
  );
  const live = entry.status === "waiting" || entry.status === "offered";
  return (
    <Card data-color="neutral">
      <Heading level={3} data-size="xs" id={headingId}>
        {entry.title}
      </Heading>
      <dl className="booking-item__facts">
        <div>
          <dt>{t("waitlist.when")}</dt>
          <dd>
            <time dateTime={entry.start}>{formatWaitlistSpan(entry.start, entry.end, i18n.language)}</time>
          </dd>
        </div>
        <div>
          <dt>{t("waitlist.status")}</dt>
          <dd>
            <WaitlistStatusTag status={entry.status} />{" "}
            {entry.status === "waiting" && entry.position !== null && t("waitlist.position", { position: entry.position })}
            {entry.status === "offered" &&
              entry.offerExpiresAt !== null &&
              t("waitlist.deadline", { deadline: formatWaitlistInstant(entry.offerExpiresAt, i18n.language) })}
          </dd>
        </div>
      </dl>
      {live && (
        <div className="waitlist-item__actions">
          {entry.status === "offered" && button("accept", "primary")}
          {entry.status === "offered" && button("decline", "secondary")}
          {button("leave", "tertiary")}
        </div>
      )}
    </Card>
  );
}
