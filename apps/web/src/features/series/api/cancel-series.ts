import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Series, type CancelSeries } from "@sambruk/contracts";
import { apiSend } from "../../../lib/api-client";
import { SESSION_SCOPE } from "../../../lib/session-scope";
import { seriesKeys } from "./series-keys";

export interface CancelSeriesVariables {
  series: Pick<Series, "id" | "version">;
  body: CancelSeries;
}

/** POST /series/{id}/cancel with If-Match: one occurrence, this and the following, or all; their time is freed. */
export function cancelSeries({ series, body }: CancelSeriesVariables): Promise<Series> {
  const path = `/series/${encodeURIComponent(series.id)}/cancel`;
  return apiSend("POST", path, body, Series, { headers: { "If-Match": `"${String(series.version)}"` } });
}

export function useCancelSeries() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelSeries,
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: SESSION_SCOPE, refetchType: "none" });
      queryClient.setQueryData(seriesKeys.detail(saved.id), saved);
    },
  });
}
