// GET /dropins: the published drop-in windows over a range, with their appointment slots.
import type { DropIn, DropInQuery } from "@sambruk/contracts";
import { intervalBetween } from "@sambruk/domain";
import type { DropInsDeps } from "./drop-ins.deps";
import { toDropIn } from "./drop-ins.mapper";

export async function listDropIns(deps: DropInsDeps, query: DropInQuery): Promise<DropIn[]> {
  const windows = await deps.store.windows.findPublished({ centreId: query.centreId, range: intervalBetween(new Date(query.from), new Date(query.to)) });
  const now = deps.now();
  return windows.map((window) => toDropIn(window, now));
}
