// GET /appointments: the appointments of a day in Oslo in the drop-in windows the caller sees in full.
import type { StaffAppointment, StaffAppointmentsQuery } from "@sambruk/contracts";
import { intervalBetween, OSLO, wallDayIntervals, type Actor } from "@sambruk/domain";
import { seesAppointmentsOf } from "./drop-in-access";
import type { DropInsDeps } from "./drop-ins.deps";
import { toStaffAppointment } from "./drop-ins.mapper";

export async function listAppointments(deps: DropInsDeps, actor: Actor, query: StaffAppointmentsQuery): Promise<StaffAppointment[]> {
  const [year, month, day] = query.date.split("-").map(Number) as [number, number, number];
  // 00:00–24:00 on the wall clock: 23 or 25 hours on the days the clocks change.
  const pieces = wallDayIntervals({ year, month, day }, 0, 24 * 60, OSLO);
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (!first || !last) return [];
  const records = await deps.store.appointments.findStarting(intervalBetween(first.start, last.end), query.organisationId);
  return records
    .filter((record) => seesAppointmentsOf(actor, { organisationId: record.window.organisation.id, centreId: record.window.centre.id }))
    .map(toStaffAppointment);
}
