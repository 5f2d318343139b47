// Check-in, at the desk or with the organiser's link: a confirmed booking inside its check-in window becomes
// checked in. Anything else is 409 check_in_unavailable (checking in twice included).
import type { CheckedIn } from "@sambruk/contracts";
import { mayCheckIn, type Actor } from "@sambruk/domain";
import { forbidden } from "../../http/actor";
import { staleVersion } from "../../http/preconditions";
import { notFound } from "../../http/problem";
import { opensCheckIn } from "./check-in-link";
import { requireDeskOfBooking } from "./desk-access";
import { auditDecision } from "./desk-audit";
import type { DeskBookingRecord } from "./desk-bookings.repository";
import { checkInUnavailable } from "./desk-problems";
import type { DeskDeps } from "./desk.deps";

export interface DeskCheckInCommand {
  actor: Actor;
  id: string;
  /** From If-Match, when sent: then a newer version is a 412. */
  version: number | undefined;
  requestId: string | null;
}

export async function checkInAtDesk(deps: DeskDeps, command: DeskCheckInCommand): Promise<DeskBookingRecord> {
  const current = await deps.store.bookings.findById(command.id);
  if (!current) throw notFound(`No booking with id ${command.id}.`);
  requireDeskOfBooking(command.actor, current);
  if (command.version !== undefined && command.version !== current.version) throw staleVersion(current.version);
  return checkIn(deps, current, command.actor.userId, command.requestId);
}

export async function checkInWithToken(deps: DeskDeps, id: string, token: string, requestId: string | null): Promise<CheckedIn> {
  const current = await deps.store.bookings.findById(id);
  if (!current) throw notFound(`No booking with id ${id}.`);
  if (!opensCheckIn(token, current.checkInTokenHash)) throw forbidden("This link does not check in this booking.");
  const checkedIn = await checkIn(deps, current, null, requestId);
  return { id, status: "checked_in", checkedInAt: (checkedIn.checkedInAt ?? deps.now()).toISOString() };
}

async function checkIn(deps: DeskDeps, current: DeskBookingRecord, actorId: string | null, requestId: string | null): Promise<DeskBookingRecord> {
  const now = deps.now();
  if (!mayCheckIn(current, now)) throw checkInUnavailable(current.status);
  return deps.store.transaction(async (tx) => {
    const after = await tx.bookings.changeStatus(current.id, { from: ["confirmed"], version: current.version }, { status: "checked_in", checkedInAt: now });
    if (!after) {
      const fresh = await tx.bookings.findById(current.id);
      throw fresh && fresh.status !== "confirmed" ? checkInUnavailable(fresh.status) : staleVersion(fresh?.version);
    }
    await auditDecision(tx, { actorId, action: "booking.checked_in", before: current, after, requestId });
    return after;
  });
}
