import { ActivityTypeList, BookingCheck, BookingContext, Problem } from "@sambruk/contracts";
import { addDays, type Decision } from "@sambruk/domain";
import { randomUUID } from "node:crypto";
import { bookingRequest } from "../../testing/booking-request";
import { useBookingSuite } from "../../testing/booking-suite";
import { bookingWorld, TEST_BOOKER, type BookingWorld } from "../../testing/factories";
import { futureDay, osloIso } from "../../testing/oslo-time";
import { classifiedActivity } from "../../testing/policy-fixtures";
// The web's own converter: the point is that the browser and the API decide alike.
import { evaluateCandidate } from "../../../../web/src/lib/booking-rules/from-context";

const suite = useBookingSuite();
const day = futureDay(26);
const OTHER_TITLE = "Krovlinger lukket møte";
const OWN_TITLE = "Vesperant egen avtale";
let world: BookingWorld;

beforeEach(async () => {
  world = await bookingWorld(suite.make);
});

const window = () => ({ from: osloIso(day, "00:00"), to: osloIso(addDays(day, 1), "00:00") });

async function getContext(userId: string | null, query: Record<string, string> = {}, spaceId = world.roomId) {
  const search = new URLSearchParams({ organisationId: world.organisationId, ...window(), ...query }).toString();
  const response = await fetch(suite.app.url(`/api/v1/spaces/${spaceId}/booking-context?${search}`), { headers: await suite.api.as(userId) });
  return { status: response.status, text: await response.text() };
}

async function context(userId = world.userId): Promise<{ text: string; context: BookingContext }> {
  const reply = await getContext(userId);
  expect({ status: reply.status, text: reply.status === 200 ? "" : reply.text }).toEqual({ status: 200, text: "" });
  return { text: reply.text, context: BookingContext.parse(JSON.parse(reply.text)) };
}

async function ownBooking(from: string, to: string): Promise<string> {
  const { id } = await suite.db.prisma.booking.create({
    data: {
      spaceId: world.roomId,
      organisationId: world.organisationId,
      bookedById: world.userId,
      activityTypeId: world.activityTypeId,
      title: OWN_TITLE,
      expectedAttendees: 4,
      startsAt: new Date(osloIso(day, from)),
      endsAt: new Date(osloIso(day, to)),
      status: "confirmed",
      visibility: "public",
      source: "api",
      bookerKind: "service_unit",
    },
    select: { id: true },
  });
  return id;
}

describe("GET /api/v1/spaces/{id}/booking-context", () => {
  it("answers what the rules read, in the contract's shape", async () => {
    const { context: answer } = await context();
    expect(answer.space.id).toBe(world.roomId);
    expect(answer.spaces.map((space) => space.id).sort()).toEqual([world.roomId, world.hall.whole, world.hall.partA, world.hall.partB].sort());
    expect(answer.booker).toEqual({
      kind: "service_unit",
      organisationKind: "service_unit",
      ownerId: world.organisationId,
      verified: true,
      keyAgreement: false,
      houseService: false,
    });
    expect(answer.opening).toMatchObject({ openOnHolidays: false, timeZone: "Europe/Oslo" });
    expect(answer.opening.weeklyHours).toContainEqual({ weekday: 1, opensMinute: 7 * 60, closesMinute: 23 * 60 });
    expect(answer.staffedHours).toHaveLength(7);
    expect(Math.abs(Date.parse(answer.now) - Date.now())).toBeLessThan(60_000);
    expect(answer.bookings).toEqual([]);
  });

  it("shows other organisations' bookings without title or owner, and the organisation's own with its id", async () => {
    const other = await suite.make.booking(world.roomId, { start: osloIso(day, "08:00"), end: osloIso(day, "09:00"), title: OTHER_TITLE });
    const own = await ownBooking("10:00", "11:00");
    const { text, context: answer } = await context();
    expect(answer.bookings.map((booking) => [booking.id, booking.ownerId])).toEqual([
      [other, "other"],
      [own, world.organisationId],
    ]);
    expect(answer.bookings[0]).toMatchObject({ spaceId: world.roomId, status: "confirmed", bookerKind: "volunteer_group", start: new Date(osloIso(day, "08:00")).toISOString() });
    for (const secret of [OTHER_TITLE, OWN_TITLE, TEST_BOOKER.organisation, TEST_BOOKER.user]) expect(text).not.toContain(secret);
    const { organisationId: otherOrganisation } = await suite.db.prisma.booking.findUniqueOrThrow({ where: { id: other }, select: { organisationId: true } });
    expect(text).not.toContain(otherOrganisation);
  });

  it("keeps the word screen's terms on the server", async () => {
    const { text, context: loaded } = await context();
    expect(loaded.parameters.wordScreen.terms).toEqual([]);
    expect(text).not.toMatch(/barnevern/i);
  });

  it("lets the front desk of the centre ask for an organisation, as the house", async () => {
    const host = await suite.make.user(null, "front_desk", [world.centreId]);
    const { context: answer } = await context(host);
    expect(answer.booker).toMatchObject({ kind: "front_desk", ownerId: world.organisationId });
  });

  it("needs a session (401)", async () => {
    const reply = await getContext(null);
    expect(reply.status).toBe(401);
    expect(Problem.parse(JSON.parse(reply.text)).code).toBe("authentication_required");
  });

  it("refuses who may not book for the organisation there (403)", async () => {
    const stranger = await suite.make.user(await suite.make.organisation());
    const hostElsewhere = await suite.make.user(null, "front_desk", [await suite.make.centre()]);
    for (const userId of [stranger, hostElsewhere]) {
      const reply = await getContext(userId);
      expect(reply.status).toBe(403);
      expect(Problem.parse(JSON.parse(reply.text)).code).toBe("forbidden");
    }
  });

  it("answers an unknown space with 404", async () => {
    const reply = await getContext(world.userId, {}, randomUUID());
    expect(reply.status).toBe(404);
    expect(Problem.parse(JSON.parse(reply.text)).code).toBe("not_found");
  });

  it("answers an unknown organisation with 400, pointing at it", async () => {
    const reply = await getContext(world.userId, { organisationId: randomUUID() });
    expect(reply.status).toBe(400);
    const problem = Problem.parse(JSON.parse(reply.text));
    expect(problem).toMatchObject({ code: "validation_failed", errors: [{ pointer: "/query/organisationId", code: "unknown_reference" }] });
  });

  it.each([
    ["a range over 14 days", { from: osloIso(day, "00:00"), to: osloIso(addDays(day, 15), "00:00") }],
    ["a range that ends before it starts", { from: osloIso(day, "10:00"), to: osloIso(day, "09:00") }],
    ["no organisation", { organisationId: "" }],
  ])("answers %s with 400", async (_case, query) => {
    const reply = await getContext(world.userId, query);
    expect(reply.status).toBe(400);
    expect(Problem.parse(JSON.parse(reply.text)).code).toBe("validation_failed");
  });
});

/** What POST /bookings/check would say of the decision the browser reaches. */
function asCheck(decision: Decision): { outcome: BookingCheck["outcome"]; codes: string[] } {
  const findings = decision.findings.filter((finding) => finding.rule !== "conflicts");
  const refusing = findings.filter((finding) => finding.severity === "refuse");
  if (refusing.length > 0) return { outcome: "refused", codes: refusing.map((finding) => finding.code).sort() };
  const codes = findings.map((finding) => finding.code).sort();
  if (decision.findings.some((finding) => finding.code === "space_taken")) return { outcome: "conflict", codes };
  return { outcome: findings.some((finding) => finding.severity === "review") ? "requested" : "confirmed", codes };
}

describe("the browser's evaluation of the context agrees with POST /api/v1/bookings/check", () => {
  it.each([
    ["an open booking", {}, "10:00", "12:00", "confirmed", []],
    ["a shielded activity", { sensitivity: "shielded" as const }, "10:00", "12:00", "refused", ["sensitive_service_not_allowed"]],
    ["a time outside opening hours", {}, "05:00", "06:00", "refused", ["outside_opening_hours"]],
  ])("%s", async (_case, classification, from, to, outcome, codes) => {
    const activityTypeId = await classifiedActivity(suite.db.prisma, classification);
    const body = bookingRequest({ ...world, activityTypeId }, day, from, to);
    const checked = BookingCheck.parse((await suite.api.check(world.userId, body)).body);

    const { context: answer } = await context();
    const catalogue = ActivityTypeList.parse(await (await fetch(suite.app.url("/api/v1/activity-types"))).json());
    const activityType = catalogue.find((type) => type.id === activityTypeId);
    if (!activityType) throw new Error("the activity type is not in the catalogue");
    const decision = evaluateCandidate(answer, {
      activityType,
      title: String(body["title"]),
      description: null,
      expectedAttendees: Number(body["expectedAttendees"]),
      start: String(body["start"]),
      end: String(body["end"]),
    });

    expect(asCheck(decision)).toEqual({ outcome: checked.outcome, codes: checked.findings.map((finding) => finding.code).sort() });
    expect(checked.outcome).toBe(outcome);
    expect(checked.findings.map((finding) => finding.code)).toEqual(expect.arrayContaining(codes));
  });

  it("sees the other organisation's booking in the way, as the API does", async () => {
    await suite.make.booking(world.roomId, { start: osloIso(day, "10:00"), end: osloIso(day, "11:00"), title: OTHER_TITLE });
    const body = bookingRequest(world, day, "10:30", "12:00");
    const checked = BookingCheck.parse((await suite.api.check(world.userId, body)).body);
    const catalogue = ActivityTypeList.parse(await (await fetch(suite.app.url("/api/v1/activity-types"))).json());
    const activityType = catalogue.find((type) => type.id === world.activityTypeId);
    if (!activityType) throw new Error("the activity type is not in the catalogue");
    const { context: answer } = await context();
    const decision = evaluateCandidate(answer, { activityType, title: "Språkkafé", expectedAttendees: 8, start: String(body["start"]), end: String(body["end"]) });
    expect(checked.outcome).toBe("conflict");
    expect(asCheck(decision).outcome).toBe("conflict");
  });
});
