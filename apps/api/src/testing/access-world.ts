// The people and records of the authorisation matrix: one centre with a volunteer group at home there, a user in
// each role, and bookings of the group inserted directly (fresh ones for the writes that change them).
import { randomUUID } from "node:crypto";
import type { Database } from "../db/database";
import { bookingWorld, type Factories } from "./factories";
import { futureDay, osloIso } from "./oslo-time";
import { signIn } from "./sessions";

export const ROLES = ["public", "resident", "volunteer", "coordinator", "staff", "front_desk", "front_desk_elsewhere", "admin"] as const;
export type MatrixRole = (typeof ROLES)[number];

export interface AccessWorld {
  centreId: string;
  elsewhereCentreId: string;
  roomId: string;
  /** A verified volunteer group with a key agreement, at home in the centre. */
  groupId: string;
  activityTypeId: string;
  /** An activity type only for reclassifying, so the change touches nothing else. */
  spareActivityTypeId: string;
  /** A centre only for replacing rules, so the change touches nothing else. */
  rulesCentreId: string;
  /** A busy-only booking of the group in the centre, never changed. */
  bookingId: string;
  users: Record<Exclude<MatrixRole, "public">, string>;
}

export async function accessWorld(db: Database, make: Factories): Promise<AccessWorld> {
  const world = await bookingWorld(make);
  const elsewhereCentreId = await make.centre();
  const groupId = await make.organisation("volunteer_group", true, true);
  await db.prisma.organisation.update({ where: { id: groupId }, data: { homeCentreId: world.centreId } });
  const residentOrganisation = await make.organisation("resident", true, false);
  const users = {
    resident: await make.user(residentOrganisation, "resident"),
    // "staff" makes a plain member: in a volunteer group, a volunteer who may not book.
    volunteer: await make.user(groupId, "staff"),
    coordinator: await make.user(groupId, "coordinator"),
    staff: world.userId,
    front_desk: await make.user(null, "front_desk", [world.centreId]),
    front_desk_elsewhere: await make.user(null, "front_desk", [elsewhereCentreId]),
    admin: await make.user(null, "admin"),
  };
  const partial = {
    centreId: world.centreId,
    elsewhereCentreId,
    roomId: world.roomId,
    groupId,
    activityTypeId: await make.activityType("busy_only"),
    spareActivityTypeId: await make.activityType(),
    rulesCentreId: await make.centre(),
    users,
  };
  return { ...partial, bookingId: (await insertGroupBooking(db, partial)).id };
}

let slot = 0;

/** The next free hour of the room: each call gets its own, so bookings never overlap. */
export function nextSlot(): { start: string; end: string } {
  const n = slot++;
  const day = futureDay(20 + Math.floor(n / 14));
  const hour = String(8 + (n % 14)).padStart(2, "0");
  return { start: osloIso(day, `${hour}:00`), end: osloIso(day, `${hour}:45`) };
}

/** A confirmed busy-only booking of the group, made by its coordinator, in a slot of its own. */
export async function insertGroupBooking(db: Database, world: Omit<AccessWorld, "bookingId">): Promise<{ id: string; version: number }> {
  const { start, end } = nextSlot();
  return db.prisma.booking.create({
    data: {
      spaceId: world.roomId,
      organisationId: world.groupId,
      bookedById: world.users.coordinator,
      activityTypeId: world.activityTypeId,
      title: `Lukket møte ${randomUUID().slice(0, 8)}`,
      expectedAttendees: 6,
      startsAt: new Date(start),
      endsAt: new Date(end),
      status: "confirmed",
      visibility: "busy_only",
      source: "api",
      bookerKind: "volunteer_group",
    },
    select: { id: true, version: true },
  });
}

/** The headers of a fresh session of the role (none for the public): a logout or acting-for touches only its own. */
export async function headersOf(db: Database, world: AccessWorld, role: MatrixRole): Promise<Record<string, string>> {
  if (role === "public") return {};
  return (await signIn(db, world.users[role])).headers;
}
