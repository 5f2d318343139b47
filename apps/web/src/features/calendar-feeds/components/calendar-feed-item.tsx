import { Button, Paragraph } from "@digdir/designsystemet-react";
import { TZDate } from "@date-fns/tz";
import type { CalendarFeed } from "@sambruk/contracts";
import { OSLO } from "@sambruk/domain";
import { format } from "date-fns";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { dateLocale } from "../../../lib/date-locale";

interface CalendarFeedItemProps {
  feed: CalendarFeed;
  /** What the feed shows: "Mine bookinger" or the organisation's name. */
  name: string;
  onRevoke: (id: string) => void;
  revoking: boolean;
}

/** One live feed: whose bookings, since when; "revoke" asks once more before the link stops working. */
export function CalendarFeedItem({ feed, name, onRevoke, revoking }: CalendarFeedItemProps) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const revokeRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const created = format(new TZDate(feed.createdAt, OSLO), "PPP", { locale: dateLocale(i18n.resolvedLanguage) });

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) revokeRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  return (
    <div className="calendar-feed-item">
      <Paragraph>
        <strong>{name}</strong> · {t("calendarFeeds.createdAt", { date: created })}
      </Paragraph>
      {confirming ? (
        <div className="calendar-feed-item__confirm" role="group" aria-label={t("calendarFeeds.confirmLabel", { name })}>
          <Paragraph data-size="sm">{t("calendarFeeds.confirmText")}</Paragraph>
          <Button
            ref={confirmRef}
            data-color="danger"
            data-size="sm"
            loading={revoking}
            onClick={() => {
              onRevoke(feed.id);
            }}
          >
            {t("calendarFeeds.confirmRevoke")}
          </Button>
          <Button
            variant="tertiary"
            data-size="sm"
            onClick={() => {
              setConfirming(false);
            }}
          >
            {t("calendarFeeds.keep")}
          </Button>
        </div>
      ) : (
        <Button
          ref={revokeRef}
          variant="secondary"
          data-color="danger"
          data-size="sm"
          aria-label={t("calendarFeeds.revokeLabel", { name, date: created })}
          onClick={() => {
            setConfirming(true);
          }}
        >
          {t("calendarFeeds.revoke")}
        </Button>
      )}
    </div>
  );
}
