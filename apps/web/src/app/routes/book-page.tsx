import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink, useLocation, useSearchParams } from "react-router";
import { ErrorState } from "../../components/ui/error-state";
import { LoadingState } from "../../components/ui/loading-state";
import { useMe } from "../../features/auth/api/get-me";
import { loginPath } from "../../features/auth/utils/login-path";
import { BookingFlow } from "../../features/booking/components/booking-flow";
import { MY_BOOKINGS_PATH } from "../../features/my-bookings/utils/my-bookings-path";
import { seriesPath } from "../../features/series/utils/series-path";
import { JoinWaitlistButton } from "../../features/waitlist";
import { isRetryable } from "../../lib/api-error";
import { useDocumentTitle } from "../../lib/document-title";

/**
 * /book?spaceId=&start=&end=: book a space. Loaded on demand (react-router's `lazy`): the route module exports
 * `Component`. Signed out, it asks to log in and comes back here, to the same space and time.
 */
export function Component() {
  const { data: me, error, refetch, isFetching } = useMe();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const url = `${location.pathname}${location.search}`;

  if (me) {
    const spaceId = params.get("spaceId");
    return (
      <BookFrame>
        {spaceId ? (
          <BookingFlow
            // A new space from an alternative keeps the form (and what was typed); only a new user starts afresh.
            key={me.user.id}
            me={me}
            url={url}
            params={params}
            onMove={(search) => {
              setParams(search, { replace: true });
            }}
            loginHref={loginPath(url)}
            myBookingsHref={MY_BOOKINGS_PATH}
            seriesHref={seriesPath}
            onTaken={(request) => <JoinWaitlistButton key={`${request.spaceId} ${request.start} ${request.end}`} request={request} />}
          />
        ) : (
          <MissingSpace />
        )}
      </BookFrame>
    );
  }
  if (me === undefined && error) {
    const retry = isRetryable(error) ? () => void refetch() : undefined;
    return (
      <BookFrame>
        <ErrorState error={error} onRetry={retry} retrying={isFetching} />
      </BookFrame>
    );
  }
  return <BookFrame>{me === undefined ? <LoadingState /> : <SignedOut url={url} />}</BookFrame>;
}

function SignedOut({ url }: { url: string }) {
  const { t } = useTranslation();
  return (
    <Paragraph>
      {t("bookingForm.signedOut")}{" "}
      <Link asChild>
        <RouterLink to={loginPath(url)}>{t("auth.login")}</RouterLink>
      </Link>
    </Paragraph>
  );
}

function MissingSpace() {
  const { t } = useTranslation();
  return (
    <Paragraph>
      {t("bookingForm.missingSpace")}{" "}
      <Link asChild>
        <RouterLink to="/">{t("nav.centres")}</RouterLink>
      </Link>
    </Paragraph>
  );
}

function BookFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(t("bookingForm.title"), t("app.name"));
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("bookingForm.title")}
      </Heading>
      {children}
    </div>
  );
}
