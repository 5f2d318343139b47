import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { Me } from "@sambruk/contracts";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink, useSearchParams } from "react-router";
import { EmptyState } from "../../components/ui/empty-state";
import { ErrorState } from "../../components/ui/error-state";
import { LoadingState } from "../../components/ui/loading-state";
import { useMe } from "../../features/auth/api/get-me";
import { useRecheckSession } from "../../features/auth/hooks/use-recheck-session";
import { loginPath } from "../../features/auth/utils/login-path";
import { CalendarFeeds } from "../../features/calendar-feeds/components/calendar-feeds";
import { centresQueryOptions } from "../../features/centres/api/get-centres";
import { spacesQueryOptions } from "../../lib/queries/spaces";
import { myBookingsKeys } from "../../features/my-bookings/api/my-bookings-keys";
import { useMyBookings } from "../../features/my-bookings/api/get-my-bookings";
import { BookingList } from "../../features/my-bookings/components/booking-list";
import { PeriodToggle, type Period } from "../../features/my-bookings/components/period-toggle";
import { WhoseBookingsSelect } from "../../features/my-bookings/components/whose-bookings-select";
import { MY_BOOKINGS_PATH } from "../../features/my-bookings/utils/my-bookings-path";
import { seriesPath } from "../../features/series/utils/series-path";
import { WaitlistSection } from "../../features/waitlist/components/waitlist-section";
import { isRetryable } from "../../lib/api-error";
import { useDocumentTitle } from "../../lib/document-title";

/** The signed-in user's bookings, or one of their organisations'; upcoming or past (kept in the URL); and their calendar links. */
export function MyBookingsPage() {
  const { data: me, error } = useMe();
  if (me) return <MyBookings me={me} />;
  return <MyBookingsFrame>{me === undefined && !error ? <LoadingState /> : <SignedOut />}</MyBookingsFrame>;
}

function SignedOut() {
  const { t } = useTranslation();
  return (
    <Paragraph>
      {t("myBookings.signedOut")}{" "}
      <Link asChild>
        <RouterLink to={loginPath(MY_BOOKINGS_PATH)}>{t("auth.login")}</RouterLink>
      </Link>
    </Paragraph>
  );
}

function MyBookings({ me }: { me: Me }) {
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const requested = params.get("organisasjon") ?? "";
  const organisationId = me.memberships.some((m) => m.organisationId === requested) ? requested : "";
  const period: Period = params.get("periode") === "tidligere" ? "past" : "upcoming";

  const update = (next: { organisationId: string; period: Period }) => {
    const search = new URLSearchParams();
    if (next.organisationId) search.set("organisasjon", next.organisationId);
    if (next.period === "past") search.set("periode", "tidligere");
    setParams(search, { replace: true });
  };

  return (
    <MyBookingsFrame>
      <div className="my-bookings__filters">
        <WhoseBookingsSelect
          memberships={me.memberships}
          value={organisationId}
          onChange={(id) => {
            update({ organisationId: id, period });
          }}
        />
        <PeriodToggle
          value={period}
          onChange={(next) => {
            update({ organisationId, period: next });
          }}
        />
      </div>
      <MyBookingsResult me={me} organisationId={organisationId} period={period} />
      <WaitlistSection onBooked={() => void queryClient.invalidateQueries({ queryKey: myBookingsKeys.lists() })} />
      <CalendarFeeds memberships={me.memberships} />
    </MyBookingsFrame>
  );
}

function MyBookingsResult({ me, organisationId, period }: { me: Me; organisationId: string; period: Period }) {
  const { t } = useTranslation();
  const bookings = useMyBookings({ period, ...(organisationId ? { organisationId } : {}) });
  // Names of the centres, when the list of centres is at hand (it is small and usually cached).
  const centres = useQuery(centresQueryOptions());
  const centreName = (id: string) => centres.data?.find((centre) => centre.id === id)?.name;
  const spaces = useQuery(spacesQueryOptions(null));
  const spaceName = (id: string) => spaces.data?.find((space) => space.id === id)?.name;
  useRecheckSession(bookings.error);

  if (bookings.isPending) return <LoadingState />;
  if (bookings.error) {
    const retry = isRetryable(bookings.error) ? () => void bookings.refetch() : undefined;
    return <ErrorState error={bookings.error} onRetry={retry} retrying={bookings.isFetching} />;
  }
  if (bookings.data.length === 0) {
    return <EmptyState message={t(period === "past" ? "myBookings.emptyPast" : "myBookings.emptyUpcoming")} />;
  }
  return <BookingList bookings={bookings.data} centreName={centreName} spaceName={spaceName} me={me} seriesHref={seriesPath} />;
}

function MyBookingsFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(t("myBookings.title"), t("app.name"));
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("myBookings.title")}
      </Heading>
      {children}
    </div>
  );
}
