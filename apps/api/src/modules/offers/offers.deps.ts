import type { DeskMovesStore } from "../desk/desk-moves-store.repository";

/** What the offer links run on: the desk's unit of work, the clock, and where the check-in link points. */
export interface OffersDeps {
  moves: DeskMovesStore;
  now: () => Date;
  publicUrl: string;
}
