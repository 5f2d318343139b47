// Outside the centre's staffed hours only organisations with a key agreement may book; and a change of a
// booking's text alone still passes the word screen.
import { Booking, CreatedBooking, RefusedProblem } from "@sambruk/contracts";
import { bookingRequest } from "../../testing/booking-request";
import { classifiedActivity, mondayAhead, usePolicySuite } from "../../testing/policy-fixtures";

describe("staffed hours and key agreements on POST /api/v1/bookings", () => {
  const suite = usePolicySuite();
  const monday = mondayAhead(21);

  /** A centre open 08–22 with a host at the desk 09–16, a room, and a volunteer group with or without keys. */
  async function world(hasKeyAgreement: boolean) {
    const centreId = await suite.make.centre({ openOnHolidays: true, opens: 8 * 60, closes: 22 * 60, staffed: { opens: 9 * 60, closes: 16 * 60 } });
    const roomId = await suite.make.space(centreId);
    const organisationId = await suite.make.organisation("volunteer_group", true, hasKeyAgreement);
    const userId = await suite.make.user(organisationId, "coordinator");
    const activityTypeId = await classifiedActivity(suite.db.prisma, {});
    return { roomId, organisationId, userId, activityTypeId };
  }

  it("refuses an evening without a key agreement, with the staffed-hours code", async () => {
    const group = await world(false);
    const reply = await suite.api.create(group.userId, bookingRequest(group, monday, "18:00", "20:00"));
    expect(reply.status).toBe(422);
    expect(RefusedProblem.parse(reply.body).findings.map((f) => f.code)).toEqual(["outside_staffed_hours"]);
    // Half inside, half outside is outside too.
    const across = await suite.api.create(group.userId, bookingRequest(group, monday, "15:00", "17:00"));
    expect(RefusedProblem.parse(across.body).findings.map((f) => f.code)).toEqual(["outside_staffed_hours"]);
    const inside = await suite.api.create(group.userId, bookingRequest(group, monday, "09:00", "16:00"));
    expect(inside.status).toBe(201);
  });

  it("confirms the same evening for a group with a key agreement", async () => {
    const group = await world(true);
    const reply = await suite.api.create(group.userId, bookingRequest(group, monday, "18:00", "20:00"));
    expect(reply.status).toBe(201);
    expect(CreatedBooking.parse(reply.body).status).toBe("confirmed");
  });

  it("sends a confirmed booking back to the front desk when only its title gains a screened word", async () => {
    const group = await world(false);
    const created = await suite.api.create(group.userId, bookingRequest(group, monday, "10:00", "12:00"));
    expect(created.status).toBe(201);
    const { id, version } = CreatedBooking.parse(created.body);
    const harmless = await suite.api.patch(group.userId, id, `"${version}"`, { title: "Strikkekafé" });
    expect(harmless.status).toBe(200);
    expect(Booking.parse(harmless.body).status).toBe("confirmed");
    const screened = await suite.api.patch(group.userId, id, `"${version + 1}"`, { title: "Møte om barnevernet" });
    expect(screened.status).toBe(200);
    expect(Booking.parse(screened.body)).toMatchObject({ status: "requested", title: "Møte om barnevernet" });
    const description = await suite.api.create(group.userId, bookingRequest(group, monday, "13:00", "14:00"));
    const second = CreatedBooking.parse(description.body);
    const edited = await suite.api.patch(group.userId, second.id, `"${second.version}"`, { description: "Samtale om voldsutsatte barn" });
    expect(Booking.parse(edited.body).status).toBe("requested");
  });
});
