import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Series, SeriesChangedProblem, type CreateSeries, type SeriesPreview } from "@sambruk/contracts";
import { apiSend } from "../../../lib/api-client";
import { ApiProblem } from "../../../lib/api-error";
import { SESSION_SCOPE } from "../../../lib/session-scope";
import { bookingKeys } from "./booking-keys";

/** What POST /series came to: booked, or someone was faster and the fresh preview says what is ok now. */
export type SeriesOutcome = { kind: "created"; series: Series } | { kind: "changed"; preview: SeriesPreview };

export interface CreateSeriesVariables {
  request: CreateSeries;
  /** One key per intended series, the same on every retry of the same body. */
  idempotencyKey: string;
}

/** POST /series with the dates to book, an Idempotency-Key and the CSRF token; 409 series_changed is an answer. */
export async function createSeries({ request, idempotencyKey }: CreateSeriesVariables): Promise<SeriesOutcome> {
  try {
    const series = await apiSend("POST", "/series", request, Series, { headers: { "Idempotency-Key": idempotencyKey } });
    return { kind: "created", series };
  } catch (error) {
    if (error instanceof ApiProblem && error.code === "series_changed") {
      const changed = SeriesChangedProblem.safeParse(error.body);
      if (changed.success) return { kind: "changed", preview: changed.data.preview };
    }
    throw error;
  }
}

export function useCreateSeries() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSeries,
    onSuccess: async (outcome, { request }) => {
      const { dates: _dates, ...input } = request;
      if (outcome.kind === "changed") {
        queryClient.setQueryData(bookingKeys.seriesPreview(input), outcome.preview);
        return;
      }
      // The user's bookings and anything else they see have changed; refetched when next shown.
      await queryClient.invalidateQueries({ queryKey: SESSION_SCOPE, refetchType: "none" });
    },
  });
}
