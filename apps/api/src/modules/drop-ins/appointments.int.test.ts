import { AppointmentReceipt, CancelledAppointment, DropInList, Problem } from "@sambruk/contracts";
import { addDays } from "@sambruk/domain";
import { useApiSuite } from "../../testing/api-suite";
import { osloIso } from "../../testing/oslo-time";
import type { TestApp } from "../../testing/test-app";
import { deleteExpiredAppointments } from "./appointments.repository";
import { dropInClient, dropInRequest, dropInWorld, MEETING_LINK, startDropInApp, thursdayAhead, type DropInWorld } from "./drop-in-test-world";

const suite = useApiSuite();
let app: TestApp;
const api = dropInClient(() => app, () => suite.db);
const thursday = thursdayAhead(14);
const at = (time: string) => new Date(osloIso(thursday, time)).toISOString();
const RESIDENT = { name: "Kari Nordmann", phone: "+47 912 34 567" };
let world: DropInWorld;

beforeAll(async () => {
  app = await startDropInApp(suite.db);
});
afterAll(() => app.close());
beforeEach(async () => {
  world = await dropInWorld(suite.db, suite.make);
});

const publish = (overrides: Record<string, unknown> = {}): Promise<string> => api.publishWindow(world, thursday, overrides);

async function slotsOf(id: string) {
  const reply = await api.list({ centreId: world.centreId, from: osloIso(thursday, "00:00"), to: osloIso(addDays(thursday, 1), "00:00") });
  const dropIn = DropInList.parse(reply.body).find((item) => item.id === id);
  return { slots: dropIn?.appointments?.slots ?? [], text: reply.text };
}

const availability = async (id: string, start: string) => (await slotsOf(id)).slots.find((slot) => slot.start === start)?.available;

async function take(id: string, body: Record<string, unknown>, userId: string | null = null) {
  const reply = await api.take(id, body, userId);
  expect({ status: reply.status, body: reply.body }).toMatchObject({ status: 201 });
  return AppointmentReceipt.parse(reply.body);
}

describe("taking an appointment", () => {
  it("gives a resident without a session a receipt, takes the slot, and frees it again on cancel with the token", async () => {
    const id = await publish();
    const receipt = await take(id, { start: at("10:40"), mode: "in_person", ...RESIDENT });
    expect(receipt).toMatchObject({
      dropInId: id,
      start: at("10:40"),
      end: at("11:00"),
      mode: "in_person",
      title: "NAV-veiledning",
      service: world.navName,
      centre: { id: world.centreId },
      space: { id: world.roomId },
      meetingLink: null,
      deleteAfter: new Date(Date.parse(at("11:00")) + 72 * 3_600_000).toISOString(),
    });
    expect(receipt.cancelToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await availability(id, at("10:40"))).toBe(false);
    expect(await availability(id, at("10:20"))).toBe(true);

    const stored = await suite.db.prisma.appointment.findUniqueOrThrow({ where: { id: receipt.id } });
    expect(stored).toMatchObject({ name: "Kari Nordmann", phone: "+4791234567", userId: null, status: "booked" });
    expect(stored.cancelTokenHash).not.toContain(receipt.cancelToken);

    const wrong = await api.cancel(receipt.id, "x".repeat(43));
    expect(wrong.status).toBe(403);
    expect(Problem.parse(wrong.body).code).toBe("forbidden");
    expect(await availability(id, at("10:40"))).toBe(false);

    const cancelled = await api.cancel(receipt.id, receipt.cancelToken);
    expect(cancelled.status).toBe(200);
    expect(CancelledAppointment.parse(cancelled.body)).toEqual({ id: receipt.id, status: "cancelled" });
    expect(await availability(id, at("10:40"))).toBe(true);
    // Again: the same answer, and the slot can be taken anew.
    expect((await api.cancel(receipt.id, receipt.cancelToken)).status).toBe(200);
    await take(id, { start: at("10:40"), mode: "in_person", ...RESIDENT });
  });

  it("gives the meeting link only in the receipt of a digital meeting", async () => {
    const id = await publish();
    const digital = await take(id, { start: at("10:00"), mode: "digital", ...RESIDENT });
    expect(digital.meetingLink).toBe(MEETING_LINK);
    const inPerson = await take(id, { start: at("10:20"), mode: "in_person", ...RESIDENT });
    expect(inPerson.meetingLink).toBeNull();
    expect((await slotsOf(id)).text).not.toContain(MEETING_LINK);
  });

  it("takes a signed-in resident without a name or phone, and stores them only when given", async () => {
    const id = await publish();
    const bare = await take(id, { start: at("11:00"), mode: "in_person" }, world.residentUserId);
    const named = await take(id, { start: at("11:20"), mode: "in_person", name: "Ola" }, world.residentUserId);
    const rows = await suite.db.prisma.appointment.findMany({ where: { id: { in: [bare.id, named.id] } }, orderBy: { startsAt: "asc" } });
    expect(rows.map((row) => [row.userId, row.name, row.phone])).toEqual([
      [world.residentUserId, null, null],
      [world.residentUserId, "Ola", null],
    ]);
  });

  it("asks the public for a name and a phone number", async () => {
    const id = await publish();
    const reply = await api.take(id, { start: at("10:00"), mode: "in_person" });
    expect(reply.status).toBe(400);
    const problem = Problem.parse(reply.body);
    expect(problem.code).toBe("validation_failed");
    expect(problem.errors?.map((error) => error.pointer)).toEqual(["/body/name", "/body/phone"]);
    const noPhone = Problem.parse((await api.take(id, { start: at("10:00"), mode: "in_person", name: "Kari" })).body);
    expect(noPhone.errors?.map((error) => error.pointer)).toEqual(["/body/phone"]);
    const badPhone = Problem.parse((await api.take(id, { start: at("10:00"), mode: "in_person", name: "Kari", phone: "123" })).body);
    expect(badPhone.errors?.map((error) => error.pointer)).toEqual(["/body/phone"]);
  });

  it("refuses a signed-in call without the CSRF token", async () => {
    const id = await publish();
    const { cookie } = await api.headersOf(world.residentUserId);
    const response = await fetch(app.url(`/api/v1/dropins/${id}/appointments`), {
      method: "POST",
      headers: { "content-type": "application/json", cookie: cookie ?? "" },
      body: JSON.stringify({ start: at("10:00"), mode: "in_person" }),
    });
    expect(response.status).toBe(403);
    expect(Problem.parse(await response.json()).code).toBe("csrf_token_invalid");
  });

  it.each([
    ["a time that is not a slot start", { start: "10:10", mode: "in_person" }],
    ["a time before the window", { start: "09:40", mode: "in_person" }],
    ["the window's end", { start: "14:00", mode: "in_person" }],
    ["a mode the window does not offer", { start: "10:00", mode: "digital" }],
  ])("answers %s with 422 appointment_unavailable", async (_case, { start, mode }) => {
    const id = await publish({ dropIn: { appointmentMinutes: 20, modes: ["in_person"], meetingLink: null } });
    const reply = await api.take(id, { start: at(start), mode, ...RESIDENT });
    expect(reply.status).toBe(422);
    expect(Problem.parse(reply.body).code).toBe("appointment_unavailable");
  });

  it("refuses a slot that has started, and shows it unavailable", async () => {
    const now = Date.now();
    const start = new Date(now - ((now % 60_000) + 20 * 60_000));
    const { id } = await suite.db.prisma.booking.create({
      data: {
        spaceId: world.roomId, organisationId: world.navId, bookedById: world.navStaffId, activityTypeId: world.activityTypeId,
        title: "Pågående", expectedAttendees: 4, startsAt: start, endsAt: new Date(start.getTime() + 3 * 3_600_000),
        status: "checked_in", visibility: "public", source: "api", bookerKind: "service_unit",
        kind: "drop_in", appointmentMinutes: 30, appointmentModes: ["in_person"],
      },
      select: { id: true },
    });
    const reply = await api.take(id, { start: start.toISOString(), mode: "in_person", ...RESIDENT });
    expect(reply.status).toBe(422);
    expect(Problem.parse(reply.body).code).toBe("appointment_unavailable");
    const listed = await api.list({ centreId: world.centreId, from: new Date(now - 3_600_000).toISOString(), to: new Date(now + 4 * 3_600_000).toISOString() });
    const slots = DropInList.parse(listed.body).find((item) => item.id === id)?.appointments?.slots ?? [];
    expect(slots.map((slot) => slot.available)).toEqual([false, true, true, true, true, true]);
    expect((await api.take(id, { start: slots[1]?.start, mode: "in_person", ...RESIDENT })).status).toBe(201);
  });

  it("refuses a window without appointments", async () => {
    const id = await publish({ dropIn: { appointmentMinutes: null, modes: ["in_person"], meetingLink: null } });
    expect((await api.take(id, { start: at("10:00"), mode: "in_person", ...RESIDENT })).status).toBe(422);
  });

  it("answers 404 for what is not a published drop-in window", async () => {
    const plain = await api.publish(world.navStaffId, { ...dropInRequest(world, thursday), dropIn: undefined, start: osloIso(thursday, "15:00"), end: osloIso(thursday, "16:00") });
    expect(plain.status).toBe(201);
    const cancelled = await publish({ start: osloIso(thursday, "17:00"), end: osloIso(thursday, "18:00") });
    await suite.db.prisma.booking.update({ where: { id: cancelled }, data: { status: "cancelled" } });
    for (const id of [(plain.body as { id: string }).id, cancelled, "0b0e7a4c-0000-4000-8000-000000000000"]) {
      const reply = await api.take(id, { start: at("10:00"), mode: "in_person", ...RESIDENT });
      expect({ id, status: reply.status }).toEqual({ id, status: 404 });
    }
  });

  it("gives the last appointment to exactly one of two residents racing for it, every time", async () => {
    for (const [from, to] of [["08:00", "09:00"], ["09:00", "10:00"], ["10:00", "11:00"], ["11:00", "12:00"], ["12:00", "13:00"]] as const) {
      // One 60-minute appointment in the window: the last one there is.
      const id = await publish({ start: osloIso(thursday, from), end: osloIso(thursday, to), dropIn: { appointmentMinutes: 60, modes: ["in_person"], meetingLink: null } });
      const body = { start: at(from), mode: "in_person", ...RESIDENT };
      const replies = await Promise.all([api.take(id, body), api.take(id, { ...body, name: "Ola Nordmann" })]);
      expect(replies.map((reply) => reply.status).sort()).toEqual([201, 409]);
      expect(Problem.parse(replies.find((reply) => reply.status === 409)?.body).code).toBe("appointment_taken");
      expect(await suite.db.prisma.appointment.count({ where: { bookingId: id } })).toBe(1);
      expect(await availability(id, at(from))).toBe(false);
    }
  });

  it("records the appointment in the audit trail without the resident's name or phone", async () => {
    const id = await publish();
    const receipt = await take(id, { start: at("12:00"), mode: "in_person", ...RESIDENT });
    await api.cancel(receipt.id, receipt.cancelToken);
    const events = await suite.db.prisma.auditEvent.findMany({ where: { entityType: "appointment", entityId: receipt.id }, orderBy: { at: "asc" } });
    expect(events.map((event) => [event.action, event.centreId, event.actorId])).toEqual([
      ["appointment.created", world.centreId, null],
      ["appointment.cancelled", world.centreId, null],
    ]);
    const text = JSON.stringify(events);
    expect(text).not.toContain("Kari");
    expect(text).not.toContain("91234567");
    expect(text).not.toContain(receipt.cancelToken);
  });
});

describe("cancelling as staff", () => {
  it("lets the service and the front desk cancel without the token, and no one else", async () => {
    const id = await publish();
    const first = await take(id, { start: at("10:00"), mode: "in_person", ...RESIDENT });
    const second = await take(id, { start: at("10:20"), mode: "in_person", ...RESIDENT });
    for (const userId of [world.otherStaffId, world.frontDeskElsewhereId, world.coordinatorId, world.residentUserId, null]) {
      const reply = await api.cancel(first.id, null, userId);
      expect({ userId, status: reply.status }).toEqual({ userId, status: 403 });
    }
    expect((await api.cancel(first.id, null, world.navStaffId)).status).toBe(200);
    expect((await api.cancel(second.id, null, world.frontDeskId)).status).toBe(200);
    const rows = await suite.db.prisma.appointment.findMany({ where: { bookingId: id }, select: { status: true } });
    expect(rows.map((row) => row.status)).toEqual(["cancelled", "cancelled"]);
  });

  it("answers 404 for an unknown appointment and 400 for a malformed id", async () => {
    expect((await api.cancel("0b0e7a4c-0000-4000-8000-000000000000", "x".repeat(43))).status).toBe(404);
    expect((await api.cancel("not-an-id", "x".repeat(43))).status).toBe(400);
  });
});

describe("retention", () => {
  it("deletes an appointment, name and phone with it, once its deleteAfter has come", async () => {
    // Soon over, and kept no time after: its deleteAfter is earlier than any other test's appointment.
    const now = Date.now();
    const start = new Date(now - (now % 60_000) + 10 * 60_000);
    const shortLived = await startDropInApp(suite.db, 10_000, 0);
    try {
      const { id } = await suite.db.prisma.booking.create({
        data: {
          spaceId: world.roomId, organisationId: world.navId, bookedById: world.navStaffId, activityTypeId: world.activityTypeId,
          title: "Snart", expectedAttendees: 4, startsAt: start, endsAt: new Date(start.getTime() + 3_600_000),
          status: "confirmed", visibility: "public", source: "api", bookerKind: "service_unit",
          kind: "drop_in", appointmentMinutes: 15, appointmentModes: ["in_person"],
        },
        select: { id: true },
      });
      const reply = await dropInClient(() => shortLived, () => suite.db).take(id, { start: start.toISOString(), mode: "in_person", ...RESIDENT });
      expect(reply.status).toBe(201);
      const receipt = AppointmentReceipt.parse(reply.body);
      expect(receipt.deleteAfter).toBe(new Date(start.getTime() + 15 * 60_000).toISOString());
      const deleteAfter = Date.parse(receipt.deleteAfter);

      await deleteExpiredAppointments(suite.db.prisma, new Date(deleteAfter - 1));
      expect(await suite.db.prisma.appointment.count({ where: { id: receipt.id } })).toBe(1);
      await deleteExpiredAppointments(suite.db.prisma, new Date(deleteAfter));
      expect(await suite.db.prisma.appointment.count({ where: { id: receipt.id } })).toBe(0);
    } finally {
      await shortLived.close();
    }
  });
});

describe("the limit per address", () => {
  it("answers 429 with Retry-After beyond the appointments a client address may take per minute", async () => {
    const limited = await startDropInApp(suite.db, 3);
    try {
      const body = { start: at("10:00"), mode: "in_person", ...RESIDENT };
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      // Counted per fixed minute: seven calls overrun three a minute even when a minute turns between them.
      for (let i = 0; i < 7; i += 1) {
        const response = await fetch(limited.url("/api/v1/dropins/0b0e7a4c-0000-4000-8000-000000000000/appointments"), {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        });
        statuses.push(response.status);
        if (response.status === 429) {
          retryAfter = response.headers.get("retry-after");
          expect(Problem.parse(await response.json()).code).toBe("too_many_requests");
        } else {
          await response.text();
        }
      }
      expect(statuses).toContain(429);
      expect(statuses.filter((status) => status !== 429 && status !== 404)).toEqual([]);
      expect(Number(retryAfter)).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});
