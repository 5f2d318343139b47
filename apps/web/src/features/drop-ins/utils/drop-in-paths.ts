import { TZDate } from "@date-fns/tz";
import { OSLO } from "@sambruk/domain";
import { format } from "date-fns";

/** The staff's list of the day's appointments. */
export const APPOINTMENTS_PATH = "/timeavtaler";

/** The appointment page of a drop-in window; the centre and day tell the page where to look it up. */
export function dropInPath(window: { id: string; start: string; centreId: string }): string {
  const search = new URLSearchParams({ sentre: window.centreId, dato: format(new TZDate(window.start, OSLO), "yyyy-MM-dd") });
  return `/drop-in/${encodeURIComponent(window.id)}?${search.toString()}`;
}

/** The link a resident keeps to cancel their appointment. */
export function cancelAppointmentPath(id: string, token: string): string {
  return `/avbestill-time/${encodeURIComponent(id)}?${new URLSearchParams({ token }).toString()}`;
}
