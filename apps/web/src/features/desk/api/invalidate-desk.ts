import type { QueryClient } from "@tanstack/react-query";
import { deskKeys } from "./desk-keys";

/** After every decision or move: every board and queue is asked for again. */
export function invalidateDesk(queryClient: QueryClient): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: deskKeys.days() }),
    queryClient.invalidateQueries({ queryKey: deskKeys.queues() }),
  ]).then(() => undefined);
}

/** `If-Match` for a booking's version, as its ETag. */
export function ifMatch(version: number): Record<string, string> {
  return { "If-Match": `"${String(version)}"` };
}
