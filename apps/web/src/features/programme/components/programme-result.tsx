import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/ui/empty-state";
import { ErrorState } from "../../../components/ui/error-state";
import { LoadingState } from "../../../components/ui/loading-state";
import { isRetryable } from "../../../lib/api-error";
import { useProgramme } from "../api/get-programme";
import type { ProgrammeFilters } from "../utils/programme-filters";
import type { ProgrammeWeek } from "../utils/programme-week";
import { ProgrammeWeekView } from "./programme-week-view";
import "../programme.css";

/** The programme for the week and the filters: loading, error (with retry), empty, or the days. */
export function ProgrammeResult({ filters, week }: { filters: ProgrammeFilters; week: ProgrammeWeek }) {
  const { t } = useTranslation();
  const programme = useProgramme({
    from: week.from,
    to: week.to,
    ...(filters.centreId ? { centreId: filters.centreId } : {}),
    ...(filters.audience ? { audience: filters.audience } : {}),
  });

  const count = programme.data?.length;
  return (
    <>
      {/* Always in the page, so a screen reader hears that the list changed after a filter. */}
      <div role="status" className="ds-sr-only">
        {count === undefined ? "" : t("programme.resultCount", { count })}
      </div>
      <ProgrammeBody programme={programme} week={week} />
    </>
  );
}

function ProgrammeBody({ programme, week }: { programme: ReturnType<typeof useProgramme>; week: ProgrammeWeek }) {
  const { t } = useTranslation();
  if (programme.isPending) return <LoadingState />;
  if (programme.error) {
    const retry = isRetryable(programme.error) ? () => void programme.refetch() : undefined;
    return <ErrorState error={programme.error} onRetry={retry} retrying={programme.isFetching} />;
  }
  if (programme.data.length === 0) return <EmptyState message={t("programme.empty")} />;
  return <ProgrammeWeekView items={programme.data} week={week} />;
}
