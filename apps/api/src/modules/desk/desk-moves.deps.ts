import type { BookingsDeps } from "../bookings/bookings.deps";
import type { DeskMovesStore } from "./desk-moves-store.repository";

/** The booking rules' deps (evaluation, conflict reports), the desk's unit of work, and where links point. */
export interface DeskMovesDeps extends BookingsDeps {
  moves: DeskMovesStore;
  /** The site's public URL, for the links in notifications. */
  publicUrl: string;
}
