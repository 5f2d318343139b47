import { SESSION_SCOPE } from "../../../lib/session-scope";

/** Query keys of series; under the session scope (only its organisation, the front desk and admins see one). */
export const seriesKeys = {
  all: [...SESSION_SCOPE, "series"] as const,
  detail: (id: string) => [...seriesKeys.all, "detail", id] as const,
};
