import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { CreatedCalendarFeed, Membership } from "@sambruk/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ui/error-state";
import { LoadingState } from "../../../components/ui/loading-state";
import { isRetryable } from "../../../lib/api-error";
import { errorMessage } from "../../../lib/error-message";
import { useCreateCalendarFeed } from "../api/create-calendar-feed";
import { useCalendarFeeds } from "../api/get-calendar-feeds";
import { useRevokeCalendarFeed } from "../api/revoke-calendar-feed";
import { CalendarFeedItem } from "./calendar-feed-item";
import { CreatedFeedUrl } from "./created-feed-url";

/**
 * "Subscribe to the calendar": make a secret feed link of one's own bookings or of an organisation's (the URL
 * is shown once, right after), and revoke the links one has made.
 */
export function CalendarFeeds({ memberships }: { memberships: readonly Membership[] }) {
  const { t } = useTranslation();
  const feeds = useCalendarFeeds();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [created, setCreated] = useState<CreatedCalendarFeed | null>(null);

  const nameOf = (organisationId: string | null) =>
    organisationId === null
      ? t("calendarFeeds.own")
      : (memberships.find((m) => m.organisationId === organisationId)?.organisationName ?? t("calendarFeeds.organisation"));

  const make = (organisationId: string | null) => {
    setCreated(null);
    create.mutate(organisationId === null ? {} : { organisationId }, { onSuccess: setCreated });
  };

  return (
    <section className="stack calendar-feeds" aria-labelledby="calendar-feeds-heading">
      <Heading level={2} data-size="sm" id="calendar-feeds-heading">
        {t("calendarFeeds.heading")}
      </Heading>
      <Paragraph>{t("calendarFeeds.intro")}</Paragraph>
      <div className="calendar-feeds__create">
        <Button variant="secondary" data-size="sm" disabled={create.isPending} onClick={() => make(null)}>
          {t("calendarFeeds.create")}
        </Button>
        {memberships.map((membership) => (
          <Button
            key={membership.organisationId}
            variant="secondary"
            data-size="sm"
            disabled={create.isPending}
            onClick={() => make(membership.organisationId)}
          >
            {t("calendarFeeds.createFor", { name: membership.organisationName })}
          </Button>
        ))}
      </div>
      {create.error !== null && (
        <Alert data-color="danger" data-size="sm">
          <Paragraph>
            {t("calendarFeeds.createFailed")} {errorMessage(t, create.error)}
          </Paragraph>
        </Alert>
      )}
      {created !== null && <CreatedFeedUrl url={created.url} name={nameOf(created.organisationId)} />}
      <Heading level={3} data-size="xs">
        {t("calendarFeeds.listHeading")}
      </Heading>
      {revoke.error !== null && (
        <Alert data-color="danger" data-size="sm">
          <Paragraph>
            {t("calendarFeeds.revokeFailed")} {errorMessage(t, revoke.error)}
          </Paragraph>
        </Alert>
      )}
      {feeds.isPending ? (
        <LoadingState />
      ) : feeds.error ? (
        <ErrorState error={feeds.error} onRetry={isRetryable(feeds.error) ? () => void feeds.refetch() : undefined} retrying={feeds.isFetching} />
      ) : feeds.data.length === 0 ? (
        <Paragraph>{t("calendarFeeds.empty")}</Paragraph>
      ) : (
        <ul className="calendar-feed-list" aria-label={t("calendarFeeds.listHeading")}>
          {feeds.data.map((feed) => (
            <li key={feed.id}>
              <CalendarFeedItem
                feed={feed}
                name={nameOf(feed.organisationId)}
                revoking={revoke.isPending && revoke.variables === feed.id}
                onRevoke={(id) => {
                  revoke.mutate(id, {
                    onSuccess: () => {
                      if (created?.id === id) setCreated(null);
                    },
                  });
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
