// The problem documents of the front desk's decisions.
import { CHECK_IN_DEFAULTS } from "@sambruk/domain";
import { HttpProblem } from "../../http/problem";

export function notPending(status: string): HttpProblem {
  return new HttpProblem(409, "not_pending", "No longer pending", `The booking is ${status} now: someone decided it meanwhile. Reload the queue.`);
}

export function approvalBlocked(holders: number | null): HttpProblem {
  const which = holders === null ? "A confirmed booking" : `${holders} confirmed booking${holders === 1 ? "" : "s"}`;
  return new HttpProblem(409, "approval_blocked", "Approval blocked", `${which} holds the time. Move it or bump it before approving this request.`);
}

export function checkInUnavailable(status: string): HttpProblem {
  return new HttpProblem(
    409,
    "check_in_unavailable",
    "Check-in unavailable",
    status === "confirmed"
      ? `Check-in opens ${CHECK_IN_DEFAULTS.opensMinutesBefore} minutes before the start and closes ${CHECK_IN_DEFAULTS.releaseAfterMinutes} minutes after it (or at the end).`
      : `A ${status} booking cannot be checked in.`,
  );
}
