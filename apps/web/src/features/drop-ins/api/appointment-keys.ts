import { SESSION_SCOPE } from "../../../lib/session-scope";

/** Query keys of the staff's appointments (names and phone numbers): under the session scope. */
export const appointmentKeys = {
  all: [...SESSION_SCOPE, "appointments"] as const,
  day: (date: string) => [...appointmentKeys.all, "day", date] as const,
};
