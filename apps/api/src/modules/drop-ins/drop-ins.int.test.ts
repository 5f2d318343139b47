import { AppointmentReceipt, DropInList, Problem } from "@sambruk/contracts";
import { addDays } from "@sambruk/domain";
import { useApiSuite } from "../../testing/api-suite";
import { osloIso } from "../../testing/oslo-time";
import type { TestApp } from "../../testing/test-app";
import { dropInClient, dropInRequest, dropInWorld, MEETING_LINK, startDropInApp, thursdayAhead, type DropInWorld } from "./drop-in-test-world";

const suite = useApiSuite();
let app: TestApp;
const api = dropInClient(() => app, () => suite.db);
const thursday = thursdayAhead(14);
const dayQuery = (world: DropInWorld) => ({ centreId: world.centreId, from: osloIso(thursday, "00:00"), to: osloIso(addDays(thursday, 1), "00:00") });
let world: DropInWorld;

beforeAll(async () => {
  app = await startDropInApp(suite.db);
});
afterAll(() => app.close());
beforeEach(async () => {
  world = await dropInWorld(suite.db, suite.make);
});

const publish = (overrides: Record<string, unknown> = {}): Promise<string> => api.publishWindow(world, thursday, overrides);

async function dropIns(query: Record<string, string>) {
  const reply = await api.list(query);
  expect(reply.status).toBe(200);
  return { list: DropInList.parse(reply.body), text: reply.text };
}

describe("publishing drop-in hours", () => {
  it("makes a service's Thursday 10–14 window with 20-minute appointments a drop-in of 12 free slots", async () => {
    const id = await publish();
    const { list, text } = await dropIns(dayQuery(world));
    expect(list).toHaveLength(1);
    const [dropIn] = list;
    expect(dropIn).toMatchObject({
      id,
      centre: { id: world.centreId },
      space: { id: world.roomId, accessibility: { stepFree: true, hearingLoop: true, accessibleWc: false } },
      title: "NAV-veiledning",
      service: world.navName,
      modes: ["in_person", "digital"],
      start: new Date(osloIso(thursday, "10:00")).toISOString(),
      end: new Date(osloIso(thursday, "14:00")).toISOString(),
    });
    expect(dropIn?.appointments?.minutes).toBe(20);
    expect(dropIn?.appointments?.slots).toHaveLength(12);
    expect(dropIn?.appointments?.slots.every((slot) => slot.available)).toBe(true);
    expect(dropIn?.appointments?.slots[11]).toEqual({
      start: new Date(osloIso(thursday, "13:40")).toISOString(),
      end: new Date(osloIso(thursday, "14:00")).toISOString(),
      available: true,
    });
    expect(text).not.toContain(MEETING_LINK);
  });

  it("keeps the settings on the booking, meeting link included, for those who see it in full", async () => {
    const id = await publish();
    const response = await fetch(app.url(`/api/v1/bookings/${id}`), { headers: await api.headersOf(world.navStaffId) });
    expect(await response.json()).toMatchObject({ dropIn: { appointmentMinutes: 20, modes: ["in_person", "digital"], meetingLink: MEETING_LINK } });
    const stored = await suite.db.prisma.booking.findUniqueOrThrow({ where: { id }, select: { kind: true } });
    expect(stored.kind).toBe("drop_in");
  });

  it("lets the front desk publish for the house", async () => {
    const reply = await api.publish(world.frontDeskId, dropInRequest(world, thursday));
    expect(reply.status).toBe(201);
  });

  it("lists a window without appointments with appointments null", async () => {
    const id = await publish({ dropIn: { appointmentMinutes: null, modes: ["in_person"], meetingLink: null } });
    const { list } = await dropIns(dayQuery(world));
    expect(list.find((item) => item.id === id)?.appointments).toBeNull();
  });

  it("does not name the room of a discreet service", async () => {
    const id = await publish({ activityTypeId: world.discreetActivityTypeId });
    const { list } = await dropIns(dayQuery(world));
    expect(list.find((item) => item.id === id)?.space).toBeNull();
    const slot = list[0]?.appointments?.slots[0];
    const receipt = await api.take(id, { start: slot?.start, mode: "in_person", name: "Kari Nordmann", phone: "912 34 567" });
    expect(receipt.status).toBe(201);
    expect(AppointmentReceipt.parse(receipt.body).space).toBeNull();
  });

  it("lists only published windows: not standard, busy-only, requested or cancelled bookings, nor other centres", async () => {
    const id = await publish();
    const base = { spaceId: world.roomId, organisationId: world.navId, bookedById: world.navStaffId, activityTypeId: world.activityTypeId, expectedAttendees: 4, source: "api" as const, bookerKind: "service_unit" as const };
    const at = (from: string, to: string) => ({ startsAt: new Date(osloIso(thursday, from)), endsAt: new Date(osloIso(thursday, to)) });
    await suite.db.prisma.booking.createMany({
      data: [
        { ...base, ...at("08:00", "09:00"), title: "Vanlig møte", status: "confirmed", visibility: "public" },
        { ...base, ...at("15:00", "16:00"), title: "Skjult", status: "confirmed", visibility: "busy_only", kind: "drop_in", appointmentMinutes: 20, appointmentModes: ["in_person"] },
        { ...base, ...at("16:00", "17:00"), title: "Forespurt", status: "requested", visibility: "public", kind: "drop_in" },
        { ...base, ...at("17:00", "18:00"), title: "Avlyst", status: "cancelled", visibility: "public", kind: "drop_in" },
      ],
    });
    expect((await dropIns(dayQuery(world))).list.map((item) => item.id)).toEqual([id]);
    const { centreId: _all, ...everywhere } = dayQuery(world);
    expect((await dropIns(everywhere)).list.map((item) => item.id)).toContain(id);
    const elsewhere = await suite.make.centre();
    expect((await dropIns({ ...dayQuery(world), centreId: elsewhere })).list).toEqual([]);
  });

  it.each([
    ["a range over 31 days", { from: osloIso(thursday, "00:00"), to: osloIso(addDays(thursday, 32), "00:00") }],
    ["an empty range", { from: osloIso(thursday, "10:00"), to: osloIso(thursday, "10:00") }],
    ["an unknown parameter", { from: osloIso(thursday, "00:00"), to: osloIso(thursday, "23:00"), audience: "x" }],
  ])("answers %s with a 400 problem", async (_case, query) => {
    const reply = await api.list(query);
    expect(reply.status).toBe(400);
    expect(Problem.parse(reply.body).code).toBe("validation_failed");
  });
});

describe("who may publish drop-in hours", () => {
  const findingCodes = (body: unknown) => (body as { findings: { code: string }[] }).findings.map((finding) => finding.code);

  it("refuses a volunteer group with drop_in_not_allowed, in the check too", async () => {
    const body = dropInRequest({ ...world, navId: world.groupId }, thursday);
    const reply = await api.publish(world.coordinatorId, body);
    expect(reply.status).toBe(422);
    expect(Problem.parse(reply.body).code).toBe("booking_refused");
    expect(findingCodes(reply.body)).toEqual(["drop_in_not_allowed"]);
    const check = await api.check(world.coordinatorId, body);
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({ outcome: "refused" });
    expect(findingCodes(check.body)).toEqual(["drop_in_not_allowed"]);
    // The same booking without the drop-in is fine.
    const { dropIn: _dropIn, ...plain } = body;
    expect((await api.publish(world.coordinatorId, plain)).status).toBe(201);
  });

  it("refuses a busy-only drop-in with drop_in_must_be_public, also by the activity type's default", async () => {
    const reply = await api.publish(world.navStaffId, dropInRequest(world, thursday, { visibility: "busy_only" }));
    expect(reply.status).toBe(422);
    expect((reply.body as { findings: unknown[] }).findings).toEqual([{ code: "drop_in_must_be_public", pointer: "/visibility" }]);
    const busyOnlyType = await suite.make.activityType("busy_only");
    const { visibility: _visibility, ...byDefault } = dropInRequest(world, thursday, { activityTypeId: busyOnlyType });
    expect(findingCodes((await api.publish(world.navStaffId, byDefault)).body)).toEqual(["drop_in_must_be_public"]);
    expect(findingCodes((await api.check(world.navStaffId, byDefault)).body)).toEqual(["drop_in_must_be_public"]);
  });

  it("reports the drop-in findings beside the other rules' refusals", async () => {
    const body = dropInRequest({ ...world, navId: world.groupId }, thursday, { visibility: "busy_only", expectedAttendees: 500 });
    const codes = findingCodes((await api.publish(world.coordinatorId, body)).body);
    expect(codes).toEqual(expect.arrayContaining(["drop_in_not_allowed", "drop_in_must_be_public", "over_capacity"]));
  });

  it("refuses a digital mode without a meeting link as invalid input", async () => {
    const reply = await api.publish(world.navStaffId, dropInRequest(world, thursday, { dropIn: { appointmentMinutes: 20, modes: ["digital"], meetingLink: null } }));
    expect(reply.status).toBe(400);
    expect(Problem.parse(reply.body).errors?.map((error) => error.pointer)).toEqual(["/body/dropIn/meetingLink"]);
  });
});
