import { useMemo } from "react";
import type { Centre } from "@sambruk/contracts";
import { useNow } from "../../../lib/clock";
import { centreToday, type CentreToday } from "../utils/centre-today";

/** Today's hours of a centre; follows the clock so "open now" stays right on an open page. */
export function useCentreToday(centre: Centre): CentreToday {
  const now = useNow();
  return useMemo(() => centreToday(centre, now), [centre, now]);
}
