import { useMutation, useQueryClient } from "@tanstack/react-query";
import { SeriesChangeReport, SeriesMisfitsProblem, type Series, type SeriesChangeOutcome, type UpdateSeries } from "@sambruk/contracts";
import { apiSend } from "../../../lib/api-client";
import { ApiProblem } from "../../../lib/api-error";
import { SESSION_SCOPE } from "../../../lib/session-scope";
import { seriesKeys } from "./series-keys";

export interface UpdateSeriesVariables {
  series: Pick<Series, "id" | "version">;
  body: UpdateSeries;
}

/** What a change came to: the report (a dry run, or applied), or 409 series_misfits: nothing applied. */
export type SeriesChangeAnswer = { kind: "report"; report: SeriesChangeReport } | { kind: "misfits"; occurrences: SeriesChangeOutcome[] };

/** PATCH /series/{id} with If-Match: a dry run reports which occurrences the change fits; otherwise it applies. */
export async function updateSeries({ series, body }: UpdateSeriesVariables): Promise<SeriesChangeAnswer> {
  const path = `/series/${encodeURIComponent(series.id)}`;
  try {
    const report = await apiSend("PATCH", path, body, SeriesChangeReport, { headers: { "If-Match": `"${String(series.version)}"` } });
    return { kind: "report", report };
  } catch (error) {
    if (error instanceof ApiProblem && error.code === "series_misfits") {
      const misfits = SeriesMisfitsProblem.safeParse(error.body);
      if (misfits.success) return { kind: "misfits", occurrences: misfits.data.occurrences };
    }
    throw error;
  }
}

export function useUpdateSeries() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSeries,
    onSuccess: async (answer) => {
      if (answer.kind !== "report" || !answer.report.applied) return;
      // Its bookings changed too: whatever lists them is refetched when next shown.
      await queryClient.invalidateQueries({ queryKey: SESSION_SCOPE, refetchType: "none" });
      queryClient.setQueryData(seriesKeys.detail(answer.report.series.id), answer.report.series);
    },
  });
}
