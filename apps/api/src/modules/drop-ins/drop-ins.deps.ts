import type { DropInStore } from "./drop-ins-store.repository";

/** What every drop-in use case runs on: the store, the clock, and how long an appointment is kept after it ends. */
export interface DropInsDeps {
  store: DropInStore;
  now: () => Date;
  retentionHours: number;
}
