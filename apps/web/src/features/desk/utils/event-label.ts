import type { TFunction } from "i18next";
import type { BoardEvent } from "./board-events";
import { formatWhen } from "./desk-date";

/** The accessible name of an event on the board: title, state, weekday, date, time, organisation and no-shows. */
export function eventLabel(t: TFunction, language: string, event: BoardEvent): string {
  const parts = [event.title, t(`desk.state.${event.state}`), formatWhen(event.start, event.end, language)];
  if (event.organisation) parts.push(event.organisation);
  if (event.noShows > 0) parts.push(t("desk.noShows", { count: event.noShows }));
  return parts.join(", ");
}
