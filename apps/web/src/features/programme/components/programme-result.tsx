import type { DropIn, ProgrammeItem } from "@sambruk/contracts";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/ui/empty-state";
import { ErrorState } from "../../../components/ui/error-state";
import { LoadingState } from "../../../components/ui/loading-state";
import { isRetryable } from "../../../lib/api-error";
import { useDropIns } from "../../../lib/queries/drop-ins";
import { useProgramme } from "../api/get-programme";
import type { ProgrammeFilters } from "../utils/programme-filters";
import type { ProgrammeWeek } from "../utils/programme-week";
import { ProgrammeWeekView } from "./programme-week-view";
import "../programme.css";

/** The programme for the week and the filters: loading, error (with retry), empty, or the days. */
interface ProgrammeResultProps {
  filters: ProgrammeFilters;
  week: ProgrammeWeek;
  /** Where a drop-in window's appointments are taken. */
  dropInHref?: (dropIn: DropIn) => string;
}

export function ProgrammeResult({ filters, week, dropInHref }: ProgrammeResultProps) {
  const { t } = useTranslation();
  const range = { from: week.from, to: week.to, ...(filters.centreId ? { centreId: filters.centreId } : {}) };
  const programme = useProgramme({ ...range, ...(filters.audience ? { audience: filters.audience } : {}) });
  // The same week's drop-in windows: those cut into appointments get a link. Without them the programme still shows.
  const dropIns = useDropIns(range, { enabled: dropInHref !== undefined });
  const appointmentHref = (item: ProgrammeItem) => {
    const dropIn = item.kind === "drop_in" ? dropIns.data?.find((candidate) => candidate.id === item.bookingId) : undefined;
    return dropIn?.appointments && dropInHref ? dropInHref(dropIn) : undefined;
  };

  const count = programme.data?.length;
  return (
    <>
      {/* Always in the page, so a screen reader hears that the list changed after a filter. */}
      <div role="status" className="ds-sr-only">
        {count === undefined ? "" : t("programme.resultCount", { count })}
      </div>
      <ProgrammeBody programme={programme} week={week} appointmentHref={appointmentHref} />
    </>
  );
}

interface ProgrammeBodyProps {
  programme: ReturnType<typeof useProgramme>;
  week: ProgrammeWeek;
  appointmentHref: (item: ProgrammeItem) => string | undefined;
}

function ProgrammeBody({ programme, week, appointmentHref }: ProgrammeBodyProps) {
  const { t } = useTranslation();
  if (programme.isPending) return <LoadingState />;
  if (programme.error) {
    const retry = isRetryable(programme.error) ? () => void programme.refetch() : undefined;
    return <ErrorState error={programme.error} onRetry={retry} retrying={programme.isFetching} />;
  }
  if (programme.data.length === 0) return <EmptyState message={t("programme.empty")} />;
  return <ProgrammeWeekView items={programme.data} week={week} appointmentHref={appointmentHref} />;
}
