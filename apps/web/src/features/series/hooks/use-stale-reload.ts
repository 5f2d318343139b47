import { useQueryClient } from "@tanstack/react-query";
import { ApiProblem } from "../../../lib/api-error";
import { seriesKeys } from "../api/series-keys";

/** On 412 (someone changed the series meanwhile) the series is loaded again, so the next try has its version. */
export function useStaleReload(id: string) {
  const queryClient = useQueryClient();
  const onError = (error: unknown) => {
    if (error instanceof ApiProblem && error.status === 412) {
      void queryClient.invalidateQueries({ queryKey: seriesKeys.detail(id) });
    }
  };
  return { onError };
}
