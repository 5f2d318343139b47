import { AppointmentReceipt, Problem, StaffAppointmentList } from "@sambruk/contracts";
import { addDays, formatLocalDate } from "@sambruk/domain";
import { useApiSuite } from "../../testing/api-suite";
import { osloIso } from "../../testing/oslo-time";
import type { TestApp } from "../../testing/test-app";
import { dropInClient, dropInRequest, dropInWorld, startDropInApp, thursdayAhead, type DropInWorld } from "./drop-in-test-world";

const suite = useApiSuite();
let app: TestApp;
const api = dropInClient(() => app, () => suite.db);
const thursday = thursdayAhead(21);
const at = (time: string) => new Date(osloIso(thursday, time)).toISOString();
let world: DropInWorld;
let dropInId: string;

beforeAll(async () => {
  app = await startDropInApp(suite.db);
});
afterAll(() => app.close());
beforeEach(async () => {
  world = await dropInWorld(suite.db, suite.make);
  const reply = await api.publish(world.navStaffId, dropInRequest(world, thursday));
  expect(reply.status).toBe(201);
  dropInId = (reply.body as { id: string }).id;
});

async function take(body: Record<string, unknown>, userId: string | null = null) {
  const reply = await api.take(dropInId, body, userId);
  expect(reply.status).toBe(201);
  return AppointmentReceipt.parse(reply.body);
}

async function staffList(userId: string | null, query: Record<string, string> = {}) {
  const reply = await api.staffList(userId, { date: formatLocalDate(thursday), ...query });
  expect(reply.status).toBe(200);
  return StaffAppointmentList.parse(reply.body);
}

describe("the staff's appointments of the day", () => {
  it("shows the service's staff and the front desk who comes, by start, cancelled ones too", async () => {
    const anonymous = await take({ start: at("11:00"), mode: "in_person", name: "Kari Nordmann", phone: "912 34 567" });
    const signedIn = await take({ start: at("10:00"), mode: "digital" }, world.residentUserId);
    const cancelled = await take({ start: at("12:00"), mode: "in_person", name: "Per Avlyst", phone: "41234567" });
    expect((await api.cancel(cancelled.id, cancelled.cancelToken)).status).toBe(200);

    for (const userId of [world.navStaffId, world.frontDeskId]) {
      const list = await staffList(userId);
      expect(list.map((item) => [item.id, item.name, item.phone, item.status])).toEqual([
        [signedIn.id, world.residentName, null, "booked"],
        [anonymous.id, "Kari Nordmann", "91234567", "booked"],
        [cancelled.id, "Per Avlyst", "41234567", "cancelled"],
      ]);
      expect(list[0]).toMatchObject({
        dropInId,
        start: at("10:00"),
        end: at("10:20"),
        mode: "digital",
        title: "NAV-veiledning",
        service: world.navName,
        centre: { id: world.centreId },
        space: { id: world.roomId },
      });
    }
  });

  it("shows nothing to anyone else", async () => {
    await take({ start: at("11:00"), mode: "in_person", name: "Kari Nordmann", phone: "912 34 567" });
    for (const userId of [world.otherStaffId, world.frontDeskElsewhereId, world.coordinatorId, world.residentUserId]) {
      expect({ userId, list: await staffList(userId) }).toEqual({ userId, list: [] });
    }
    const reply = await api.staffList(null, { date: formatLocalDate(thursday) });
    expect(reply.status).toBe(401);
  });

  it("narrows to one service's windows and to the day asked for", async () => {
    const appointment = await take({ start: at("11:00"), mode: "in_person", name: "Kari Nordmann", phone: "912 34 567" });
    expect((await staffList(world.frontDeskId, { organisationId: world.navId })).map((item) => item.id)).toEqual([appointment.id]);
    expect(await staffList(world.frontDeskId, { organisationId: world.groupId })).toEqual([]);
    expect(await staffList(world.navStaffId, { date: formatLocalDate(addDays(thursday, -1)) })).toEqual([]);
    expect(await staffList(world.navStaffId, { date: formatLocalDate(addDays(thursday, 1)) })).toEqual([]);
  });

  it.each([["no date", {}], ["a malformed date", { date: "31.12.2026" }], ["an unknown parameter", { date: "2026-12-31", centreId: "x" }]])(
    "answers %s with a 400 problem",
    async (_case, query) => {
      const reply = await api.staffList(world.navStaffId, query);
      expect(reply.status).toBe(400);
      expect(Problem.parse(reply.body).code).toBe("validation_failed");
    },
  );
});
