import { Link, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { PageFrame } from "../../components/ui/page-frame";
import { Link as RouterLink, useLocation, useParams } from "react-router";
import { ErrorState } from "../../components/ui/error-state";
import { LoadingState } from "../../components/ui/loading-state";
import { useMe } from "../../features/auth/api/get-me";
import { loginPath } from "../../features/auth/utils/login-path";
import { useSeries } from "../../features/series/api/get-series";
import { SeriesView } from "../../features/series/components/series-view";
import { isRetryable } from "../../lib/api-error";

/** /serie/:id: one series and its dates, for its organisation. Loaded on demand; the module exports `Component`. */
export function Component() {
  const { t } = useTranslation();
  const { data: me, error } = useMe();
  const location = useLocation();
  if (me) return <SignedIn />;
  return (
    <PageFrame title={t("series.page.title")}>
      {me === undefined && !error ? (
        <LoadingState />
      ) : (
        <Paragraph>
          <Link asChild>
            <RouterLink to={loginPath(location.pathname)}>{t("auth.login")}</RouterLink>
          </Link>
        </Paragraph>
      )}
    </PageFrame>
  );
}

function SignedIn() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const series = useSeries(id);
  if (series.isPending) return <PageFrame title={t("series.page.title")}><LoadingState /></PageFrame>;
  if (series.error) {
    const retry = isRetryable(series.error) ? () => void series.refetch() : undefined;
    return (
      <PageFrame title={t("series.page.title")}>
        <ErrorState error={series.error} onRetry={retry} retrying={series.isFetching} />
      </PageFrame>
    );
  }
  return (
    <PageFrame title={series.data.title}>
      <SeriesView series={series.data} />
    </PageFrame>
  );
}

