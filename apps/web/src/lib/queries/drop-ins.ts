import { queryOptions, useQuery } from "@tanstack/react-query";
import { DropInList, type DropIn, type DropInQuery } from "@sambruk/contracts";
import { apiGet } from "../api-client";

/**
 * Published drop-in windows are public (the same for everyone), shared by the programme and the appointment
 * page; every key starts with `dropInKeys.all`.
 */
export const dropInKeys = {
  all: ["drop-ins"] as const,
  lists: () => [...dropInKeys.all, "list"] as const,
  list: (query: DropInQuery) => [...dropInKeys.lists(), query] as const,
};

/** GET /dropins: the windows from `from` to `to`, in one centre or all, with their free appointment slots. */
export function getDropIns(query: DropInQuery, signal?: AbortSignal): Promise<DropIn[]> {
  const params = new URLSearchParams({ from: query.from, to: query.to });
  if (query.centreId) params.set("centreId", query.centreId);
  return apiGet(`/dropins?${params.toString()}`, DropInList, signal);
}

export function dropInsQueryOptions(query: DropInQuery) {
  return queryOptions({
    queryKey: dropInKeys.list(query),
    queryFn: ({ signal }) => getDropIns(query, signal),
  });
}

export function useDropIns(query: DropInQuery, options: { enabled?: boolean } = {}) {
  return useQuery({ ...dropInsQueryOptions(query), enabled: options.enabled ?? true });
}
