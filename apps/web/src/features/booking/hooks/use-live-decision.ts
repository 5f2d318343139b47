import type { ActivityType, Alternative, BookingContext, Finding } from "@sambruk/contracts";
import { forBooker } from "@sambruk/domain";
import { useMemo } from "react";
import { evaluateCandidate } from "../../../lib/booking-rules/from-context";
import { useBookingCheck } from "../api/check-booking";
import { attendeesOf, requestOf, timesOf, type BookingValues } from "../utils/booking-values";
import { useDebouncedValue } from "./use-debounced-value";

export type LiveOutcome = "confirmed" | "requested" | "conflict" | "refused";

export interface LiveDecision {
  outcome: LiveOutcome;
  findings: Finding[];
  alternatives: Alternative[];
  /** "server": the API's dry run of exactly this request; "local": the same rules, run here as the user types. */
  source: "server" | "local";
}

const LOCAL_DELAY_MS = 150;
const CHECK_DELAY_MS = 600;

const OUTCOMES = { confirm: "confirmed", review: "requested", refuse: "refused" } as const;

/**
 * What the shared-use rules say about the form as it stands: the domain's policy engine on the booking context
 * (~150 ms after the last change) and the API's dry run (~600 ms after; an outdated one is aborted). The API's
 * answer wins once it belongs to what is on screen: it also knows the conflicts and the alternatives.
 */
export function useLiveDecision(values: BookingValues, activityType: ActivityType | undefined, context: BookingContext | undefined) {
  const local = useDebouncedValue(values, LOCAL_DELAY_MS);
  const checked = useDebouncedValue(values, CHECK_DELAY_MS);
  const checkRequest = useMemo(() => requestOf(checked, activityType), [checked, activityType]);
  const check = useBookingCheck(checkRequest);
  const currentRequest = useMemo(() => requestOf(local, activityType), [local, activityType]);

  const localDecision = useMemo((): LiveDecision | null => {
    if (!activityType || !context || local.spaceId !== context.space.id) return null;
    const times = timesOf(local);
    if (!times) return null;
    let decision;
    try {
      decision = forBooker(
        evaluateCandidate(context, {
          activityType,
          title: local.title,
          description: local.description,
          expectedAttendees: attendeesOf(local) ?? 0,
          start: times.start,
          end: times.end,
        }),
      );
    } catch {
      // A context the rules cannot read: no live verdict, the API's dry run and the submit still judge.
      return null;
    }
    const findings = decision.findings.map(({ code, pointer, params, severity }) => ({
      code,
      severity,
      ...(pointer === undefined ? {} : { pointer }),
      ...(params === undefined ? {} : { params: { ...params } }),
    }));
    return { outcome: OUTCOMES[decision.outcome], findings, alternatives: [], source: "local" };
  }, [activityType, context, local]);

  const answer = check.data;
  const serverFresh = currentRequest !== null && JSON.stringify(checkRequest) === JSON.stringify(currentRequest);
  const decision: LiveDecision | null =
    answer && serverFresh
    ? { outcome: answer.outcome, findings: answer.findings, alternatives: answer.alternatives, source: "server" }
    : localDecision;

  return { decision, checkError: check.error, checking: check.isFetching };
}
