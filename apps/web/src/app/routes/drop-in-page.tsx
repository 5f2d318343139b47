import { useTranslation } from "react-i18next";
import { PageFrame } from "../../components/ui/page-frame";
import { useParams, useSearchParams } from "react-router";
import { EmptyState } from "../../components/ui/empty-state";
import { ErrorState } from "../../components/ui/error-state";
import { LoadingState } from "../../components/ui/loading-state";
import { useMe } from "../../features/auth/api/get-me";
import { DropInAppointment } from "../../features/drop-ins/components/drop-in-appointment";
import { lookupRange } from "../../features/drop-ins/utils/oslo-day";
import { isRetryable } from "../../lib/api-error";
import { useNow } from "../../lib/clock";
import { useDropIns } from "../../lib/queries/drop-ins";

/**
 * /drop-in/:id?sentre=&dato=: take an appointment in a drop-in window, signed in or not. The window is looked up
 * among that centre's windows of that day (or the coming weeks). Loaded on demand; the module exports `Component`.
 */
export function Component() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  const now = useNow(10 * 60_000);
  const centreId = params.get("sentre");
  const range = lookupRange(params.get("dato"), now);
  const dropIns = useDropIns({ ...range, ...(centreId ? { centreId } : {}) });
  const me = useMe();
  const dropIn = dropIns.data?.find((candidate) => candidate.id === id);

  if (dropIns.isPending || me.isPending) return <PageFrame title={t("dropIns.page.title")}><LoadingState /></PageFrame>;
  if (dropIns.error) {
    const retry = isRetryable(dropIns.error) ? () => void dropIns.refetch() : undefined;
    return (
      <PageFrame title={t("dropIns.page.title")}>
        <ErrorState error={dropIns.error} onRetry={retry} retrying={dropIns.isFetching} />
      </PageFrame>
    );
  }
  if (!dropIn) return <PageFrame title={t("dropIns.page.title")}><EmptyState message={t("dropIns.page.notFound")} /></PageFrame>;
  return (
    <PageFrame title={dropIn.title}>
      <DropInAppointment dropIn={dropIn} me={me.data ?? null} />
    </PageFrame>
  );
}

