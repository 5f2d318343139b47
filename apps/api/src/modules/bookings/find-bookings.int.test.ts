import { Booking, BookingDetail, BookingList, Problem } from "@sambruk/contracts";
import { bookingRequest } from "../../testing/booking-request";
import { useBookingSuite } from "../../testing/booking-suite";
import { bookingWorld, type BookingWorld } from "../../testing/factories";
import { futureDay, osloIso } from "../../testing/oslo-time";

const suite = useBookingSuite();
const day = futureDay(25);
let world: BookingWorld;

beforeEach(async () => {
  world = await bookingWorld(suite.make);
});

const create = async (body: Record<string, unknown>, userId = world.userId) => {
  const reply = await suite.api.create(userId, body);
  return Booking.parse(reply.body);
};
const range = { from: osloIso(day, "00:00"), to: osloIso(futureDay(26), "00:00") };

describe("GET /api/v1/bookings/{id}", () => {
  it("returns the public view with the version as ETag", async () => {
    const created = await create(bookingRequest(world, day, "10:00", "12:00", { description: "Bring coffee" }));
    const reply = await suite.api.get(created.id);
    expect(reply.status).toBe(200);
    expect(reply.headers.get("etag")).toBe('"1"');
    expect(Booking.parse(reply.body)).toEqual(created);
    expect(reply.body).not.toHaveProperty("description");
    expect(reply.body).not.toHaveProperty("bookedById");
  });

  it("hides the organisation of residents and the title of busy-only bookings", async () => {
    const resident = await suite.make.organisation("resident");
    const residentUser = await suite.make.user(resident, "resident");
    const created = await create(
      bookingRequest(world, futureDay(27), "10:00", "11:00", { organisationId: resident, visibility: "busy_only", title: "Birthday for Kari" }),
      residentUser,
    );
    // In the list, anyone sees busy time; by id, a busy-only booking does not exist for the public.
    const [listed] = BookingList.parse(
      (await suite.api.list({ spaceId: world.roomId, from: osloIso(futureDay(27), "10:00"), to: osloIso(futureDay(27), "11:00") })).body,
    );
    expect(listed).toMatchObject({ id: created.id, organisation: null, title: null, visibility: "busy_only" });
    expect((await suite.api.get(created.id)).status).toBe(404);
    const stranger = await suite.make.user(await suite.make.organisation());
    expect((await suite.api.getAs(stranger, created.id)).status).toBe(404);
    // The resident sees it in full, and so does the front desk of the centre, but not of another centre.
    expect(BookingDetail.parse((await suite.api.getAs(residentUser, created.id)).body)).toMatchObject({ title: "Birthday for Kari", bookedBy: { id: residentUser } });
    const host = await suite.make.user(null, "front_desk", [world.centreId]);
    expect(BookingDetail.parse((await suite.api.getAs(host, created.id)).body).title).toBe("Birthday for Kari");
    const otherHost = await suite.make.user(null, "front_desk", [await suite.make.centre()]);
    expect((await suite.api.getAs(otherHost, created.id)).status).toBe(404);
  });

  it("shows a public booking in full only to its organisation", async () => {
    const created = await create(bookingRequest(world, futureDay(27), "12:00", "13:00", { description: "Ring 12345678" }));
    const publicView = (await suite.api.get(created.id)).body as Record<string, unknown>;
    expect(publicView).not.toHaveProperty("description");
    expect(publicView).not.toHaveProperty("bookedBy");
    expect(BookingDetail.parse((await suite.api.getAs(world.userId, created.id)).body).description).toBe("Ring 12345678");
  });

  it("404 for an unknown booking, 400 for a malformed id", async () => {
    expect((await suite.api.get("00000000-0000-4000-8000-000000000004")).status).toBe(404);
    const bad = await suite.api.get("nope");
    expect(bad.status).toBe(400);
    expect(Problem.parse(bad.body).code).toBe("invalid_id");
  });
});

describe("GET /api/v1/bookings", () => {
  it("lists the bookings of a centre or a space overlapping the range, by start, filtered by status", async () => {
    const late = await create(bookingRequest(world, day, "14:00", "15:00"));
    const early = await create(bookingRequest(world, day, "09:00", "10:00"));
    const hall = await create(bookingRequest(world, day, "09:00", "10:00", { spaceId: world.hall.whole }));
    await create(bookingRequest(world, futureDay(28), "09:00", "10:00"));
    await suite.api.cancel(world.userId, late.id);

    const byCentre = BookingList.parse((await suite.api.list({ centreId: world.centreId, ...range })).body);
    expect(byCentre.map((b) => b.id).sort()).toEqual([early.id, hall.id, late.id].sort());
    expect(byCentre.map((b) => b.start)).toEqual([...byCentre.map((b) => b.start)].sort());
    const bySpace = BookingList.parse((await suite.api.list({ spaceId: world.roomId, ...range })).body);
    expect(bySpace.map((b) => b.id)).toEqual([early.id, late.id]);
    const confirmed = BookingList.parse((await suite.api.list({ spaceId: world.roomId, ...range, status: "confirmed,checked_in" })).body);
    expect(confirmed.map((b) => b.id)).toEqual([early.id]);
    const touching = BookingList.parse((await suite.api.list({ spaceId: world.roomId, from: osloIso(day, "10:00"), to: osloIso(day, "14:00") })).body);
    expect(touching).toEqual([]);
  });

  it.each<[string, Record<string, string>, string[]]>([
    ["no range", { centreId: "c" }, ["/query/centreId", "/query/from", "/query/to"]],
    ["neither centre nor space", { from: "2030-01-01T00:00:00Z", to: "2030-01-02T00:00:00Z" }, ["/query/centreId"]],
    ["a range over 92 days", { from: "2030-01-01T00:00:00Z", to: "2030-04-03T00:00:01Z" }, ["/query/to"]],
    ["to before from", { from: "2030-01-02T00:00:00Z", to: "2030-01-01T00:00:00Z" }, ["/query/to"]],
    ["a time without offset", { from: "2030-01-01T00:00:00", to: "2030-01-02T00:00:00Z" }, ["/query/from"]],
    ["an unknown status", { from: "2030-01-01T00:00:00Z", to: "2030-01-02T00:00:00Z", status: "maybe" }, ["/query/status/0"]],
    ["an unknown parameter", { from: "2030-01-01T00:00:00Z", to: "2030-01-02T00:00:00Z", colour: "red" }, ["/query"]],
  ])("400 for %s", async (label, query, pointers) => {
    const place: Record<string, string> = "centreId" in query || label === "neither centre nor space" ? {} : { centreId: world.centreId };
    const reply = await suite.api.list({ ...place, ...query });
    expect(reply.status).toBe(400);
    expect(Problem.parse(reply.body).errors?.map((e) => e.pointer).sort()).toEqual(pointers);
  });

  it("accepts exactly 92 days", async () => {
    const reply = await suite.api.list({ centreId: world.centreId, from: "2030-01-01T00:00:00Z", to: "2030-04-03T00:00:00Z" });
    expect(reply.status).toBe(200);
  });
});
