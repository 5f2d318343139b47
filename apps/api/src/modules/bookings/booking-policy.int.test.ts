// The shared-use rules through POST /bookings and /check: sensitive services kept out, discreet conversations
// only in closed rooms, targeted services held to their share while volunteers still get the time.
import { BookingCheck, CreatedBooking, RefusedProblem } from "@sambruk/contracts";
import { addDays, messageFor } from "@sambruk/domain";
import { bookingRequest } from "../../testing/booking-request";
import { booker, classifiedActivity, mondayAhead, usePolicySuite } from "../../testing/policy-fixtures";

describe("the shared-use rules on POST /api/v1/bookings", () => {
  const suite = usePolicySuite();
  const monday = mondayAhead(21);

  async function centreWithRooms(options: { opens?: number; closes?: number } = {}) {
    const centreId = await suite.make.centre({ openOnHolidays: true, ...options });
    const closedRoom = await suite.make.space(centreId, { privacy: "closed" });
    const openRoom = await suite.make.space(centreId, { privacy: "open" });
    return { centreId, closedRoom, openRoom };
  }

  it("refuses a shielded NAV-type service with the sensitivity code, in /check too", async () => {
    const { closedRoom } = await centreWithRooms();
    const nav = await booker(suite.make, "service_unit");
    const activityTypeId = await classifiedActivity(suite.db.prisma, { sensitivity: "shielded" });
    const body = bookingRequest({ ...nav, roomId: closedRoom, activityTypeId }, monday, "10:00", "12:00", { title: "NAV-oppfølging" });

    const reply = await suite.api.create(nav.userId, body);
    expect(reply.status).toBe(422);
    const codes = RefusedProblem.parse(reply.body).findings.map((f) => f.code);
    expect(codes).toEqual(["sensitive_service_not_allowed"]);
    const check = BookingCheck.parse((await suite.api.check(nav.userId, body)).body);
    expect(check.outcome).toBe("refused");
    expect(check.findings.map((f) => f.code)).toEqual(["sensitive_service_not_allowed"]);
    // Clients translate the code; its texts exist in nb and en and say different things.
    const params = { sensitivity: "shielded" };
    expect(messageFor("sensitive_service_not_allowed", "nb", params)).not.toEqual(messageFor("sensitive_service_not_allowed", "en", params));
    expect(await suite.db.prisma.booking.count({ where: { organisationId: nav.organisationId } })).toBe(0);
  });

  it("lists every refusing finding at once, not only the first", async () => {
    const { closedRoom } = await centreWithRooms();
    const unit = await booker(suite.make, "service_unit");
    // Only classes the seed has: on a server the catalogue is shared with the other test files.
    const activityTypeId = await classifiedActivity(suite.db.prisma, { sensitivity: "shielded" });
    const body = bookingRequest({ ...unit, roomId: closedRoom, activityTypeId }, monday, "10:00", "12:00", { expectedAttendees: 500 });
    const reply = await suite.api.create(unit.userId, body);
    expect(reply.status).toBe(422);
    expect(RefusedProblem.parse(reply.body).findings.map((f) => f.code)).toEqual(["sensitive_service_not_allowed", "over_capacity"]);
  });

  it("refuses a discreet conversation in an open room with the privacy code, and books it in a closed one", async () => {
    const { closedRoom, openRoom } = await centreWithRooms();
    const unit = await booker(suite.make, "service_unit");
    const activityTypeId = await classifiedActivity(suite.db.prisma, { sensitivity: "discreet" });
    const open = await suite.api.create(unit.userId, bookingRequest({ ...unit, roomId: openRoom, activityTypeId }, monday, "10:00", "11:00"));
    expect(open.status).toBe(422);
    expect(RefusedProblem.parse(open.body).findings).toEqual([
      { code: "discreet_needs_closed_room", pointer: "/spaceId", params: { privacy: "open", spaceId: openRoom } },
    ]);
    const closed = await suite.api.create(unit.userId, bookingRequest({ ...unit, roomId: closedRoom, activityTypeId }, monday, "10:00", "11:00"));
    expect(closed.status).toBe(201);
    expect(CreatedBooking.parse(closed.body).findings).toEqual([]);
  });

  it("refuses a targeted service past its share of the week while a volunteer group at the same time is confirmed", async () => {
    // Open 10–12 every day, two rooms: 28 bookable unit-hours a week, 30 % = 8.4 h for targeted services.
    const { closedRoom, openRoom } = await centreWithRooms({ opens: 10 * 60, closes: 12 * 60 });
    const unit = await booker(suite.make, "service_unit");
    const targeted = await classifiedActivity(suite.db.prisma, { targeted: true });
    for (const offset of [0, 1, 2, 3]) {
      const reply = await suite.api.create(
        unit.userId,
        bookingRequest({ ...unit, roomId: closedRoom, activityTypeId: targeted }, addDays(monday, offset), "10:00", "12:00"),
      );
      expect(reply.status).toBe(201);
    }
    const friday = addDays(monday, 4);
    const over = await suite.api.create(unit.userId, bookingRequest({ ...unit, roomId: openRoom, activityTypeId: targeted }, friday, "10:00", "12:00"));
    expect(over.status).toBe(422);
    expect(RefusedProblem.parse(over.body).findings.map((f) => f.code)).toEqual(["fair_share_exceeded"]);

    const group = await booker(suite.make, "volunteer_group");
    const cafe = await classifiedActivity(suite.db.prisma, {});
    const volunteers = await suite.api.create(group.userId, bookingRequest({ ...group, roomId: openRoom, activityTypeId: cafe }, friday, "10:00", "12:00"));
    expect(volunteers.status).toBe(201);
    expect(CreatedBooking.parse(volunteers.body).status).toBe("confirmed");
  });

  it("sends an unverified group to the front desk with the reason in the body (202)", async () => {
    const { closedRoom } = await centreWithRooms();
    const group = await booker(suite.make, "volunteer_group", false);
    const activityTypeId = await classifiedActivity(suite.db.prisma, {});
    const reply = await suite.api.create(group.userId, bookingRequest({ ...group, roomId: closedRoom, activityTypeId }, monday, "10:00", "12:00"));
    expect(reply.status).toBe(202);
    const created = CreatedBooking.parse(reply.body);
    expect(created.status).toBe("requested");
    expect(created.findings).toEqual([{ code: "group_not_verified", severity: "review" }]);
  });

  it("refuses a booker kind the space does not admit, and books one it does", async () => {
    const centreId = await suite.make.centre({ openOnHolidays: true });
    const kitchen = await suite.make.space(centreId, { allowedBookerKinds: ["service_unit"] });
    const activityTypeId = await classifiedActivity(suite.db.prisma, {});
    const group = await booker(suite.make, "volunteer_group");
    const refused = await suite.api.create(group.userId, bookingRequest({ ...group, roomId: kitchen, activityTypeId }, monday, "10:00", "12:00"));
    expect(refused.status).toBe(422);
    expect(RefusedProblem.parse(refused.body).findings).toEqual([
      { code: "booker_kind_not_allowed", pointer: "/spaceId", params: { bookerKind: "volunteer_group", allowed: "service_unit" } },
    ]);
    const unit = await booker(suite.make, "service_unit");
    const booked = await suite.api.create(unit.userId, bookingRequest({ ...unit, roomId: kitchen, activityTypeId }, monday, "10:00", "12:00"));
    expect(booked.status).toBe(201);
  });

  it("refuses a loud activity beside a confidential one in the same zone at the same time, not in another zone", async () => {
    const centreId = await suite.make.centre({ openOnHolidays: true });
    const counselling = await suite.make.space(centreId, { privacy: "closed", zone: "corridor" });
    const nextDoor = await suite.make.space(centreId, { zone: "corridor" });
    const farAway = await suite.make.space(centreId, { zone: "ground floor" });
    const confidential = await classifiedActivity(suite.db.prisma, { tags: ["confidential"] });
    const loud = await classifiedActivity(suite.db.prisma, { tags: ["loud"] });
    const unit = await booker(suite.make, "service_unit");
    const first = await suite.api.create(unit.userId, bookingRequest({ ...unit, roomId: counselling, activityTypeId: confidential }, monday, "10:00", "12:00"));
    expect(first.status).toBe(201);

    const band = await booker(suite.make, "volunteer_group");
    const beside = await suite.api.create(band.userId, bookingRequest({ ...band, roomId: nextDoor, activityTypeId: loud }, monday, "11:00", "13:00"));
    expect(beside.status).toBe(422);
    expect(RefusedProblem.parse(beside.body).findings.map((f) => f.code)).toEqual(["zone_incompatible"]);
    const elsewhere = await suite.api.create(band.userId, bookingRequest({ ...band, roomId: farAway, activityTypeId: loud }, monday, "11:00", "13:00"));
    expect(elsewhere.status).toBe(201);
  });
});
