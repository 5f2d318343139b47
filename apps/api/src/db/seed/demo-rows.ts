// Helpers the demo writers share: whether a stored row already says what the demo data says, whether a
// booking's time is taken, and the booker kind a demo booking is made under.
import type { BookerKind } from "@sambruk/domain";
import type { Prisma } from "../../generated/prisma/client";
import type { DemoOrganisationKey, DemoUserKey } from "./demo-people";
import { demoOrganisations } from "./demo-people";

type Tx = Prisma.TransactionClient;

/** True when every field of `fields` has the same value in `stored` (dates by instant, arrays by items). */
export function sameFields<T extends Record<string, unknown>>(stored: Record<keyof T, unknown>, fields: T): boolean {
  return (Object.keys(fields) as (keyof T)[]).every((key) => comparable(stored[key]) === comparable(fields[key]));
}

function comparable(value: unknown): unknown {
  if (value instanceof Date) return value.getTime();
  if (Array.isArray(value) || (value !== null && typeof value === "object")) return JSON.stringify(value);
  return value;
}

/** A select of exactly the keys of `fields`. */
export function selectOf<T extends Record<string, unknown>>(fields: T): Record<keyof T, true> {
  return Object.fromEntries(Object.keys(fields).map((key) => [key, true])) as Record<keyof T, true>;
}

/** The host books for the house; everyone else as the kind of the organisation they book for. */
export function demoBookerKind(demo: { bookedBy: DemoUserKey; organisation: DemoOrganisationKey }): BookerKind {
  if (demo.bookedBy === "frontDesk") return "front_desk";
  const kind = demoOrganisations.find((organisation) => organisation.key === demo.organisation)?.kind;
  return kind === "service_unit" || kind === "resident" ? kind : "volunteer_group";
}

/** Would the booking's claims (buffers included) overlap another booking's? The same test as the constraint. */
export async function isTaken(tx: Tx, id: string, fields: { spaceId: string; startsAt: Date; endsAt: Date }): Promise<boolean> {
  const rows = await tx.$queryRaw<{ taken: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM "booking_claim" c
      JOIN "space_unit" su ON su."unit_id" = c."unit_id"
      JOIN "space" s ON s."id" = su."space_id"
      WHERE s."id" = ${fields.spaceId}::uuid AND c."booking_id" <> ${id}::uuid
        AND c."during" && tstzrange(${fields.startsAt}::timestamptz - make_interval(mins => s."buffer_before_minutes"),
                                    ${fields.endsAt}::timestamptz + make_interval(mins => s."buffer_after_minutes"), '[)')
    ) AS "taken"`;
  return rows[0]?.taken === true;
}
