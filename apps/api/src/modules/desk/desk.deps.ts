import type { DeskStore } from "./desk-store.repository";

/** What every front-desk use case runs on: the store, the clock, and where the organiser's check-in link points. */
export interface DeskDeps {
  store: DeskStore;
  now: () => Date;
  /** The site's public URL, for links in notifications. */
  publicUrl: string;
}
