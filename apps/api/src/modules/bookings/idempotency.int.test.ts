import { Booking, Problem } from "@sambruk/contracts";
import { bookingRequest } from "../../testing/booking-request";
import { useBookingSuite } from "../../testing/booking-suite";
import { bookingWorld, type BookingWorld } from "../../testing/factories";
import { futureDay } from "../../testing/oslo-time";

const suite = useBookingSuite();
const day = futureDay(22);
let world: BookingWorld;

beforeEach(async () => {
  world = await bookingWorld(suite.make);
});

const rows = (key: string) => suite.db.prisma.booking.count({ where: { bookedById: world.userId, idempotencyKey: key } });

describe("Idempotency-Key on POST /api/v1/bookings", () => {
  it("answers a retry with the original status and body, and creates nothing", async () => {
    const body = bookingRequest(world, day, "10:00", "12:00");
    const first = await suite.api.create(world.userId, body, "retry-1");
    const second = await suite.api.create(world.userId, { ...body }, "retry-1");
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(await rows("retry-1")).toBe(1);
    expect(await suite.db.prisma.auditEvent.count({ where: { entityId: Booking.parse(first.body).id } })).toBe(1);
  });

  it("replays a 202 as a 202, even after the booking changed since", async () => {
    const spaceId = await suite.make.space(world.centreId, { requiresApproval: true });
    const body = bookingRequest(world, day, "10:00", "12:00", { spaceId });
    const first = await suite.api.create(world.userId, body, "retry-2");
    expect(first.status).toBe(202);
    const { id } = Booking.parse(first.body);
    expect((await suite.api.patch(world.userId, id, '"1"', { title: "Renamed" })).status).toBe(200);
    const retry = await suite.api.create(world.userId, body, "retry-2");
    expect(retry.status).toBe(202);
    expect(retry.body).toEqual(first.body);
  });

  it("ignores key order and whitespace when comparing the request", async () => {
    const body = bookingRequest(world, day, "10:00", "12:00");
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    await suite.api.create(world.userId, body, "retry-3");
    expect((await suite.api.create(world.userId, reordered, "retry-3")).status).toBe(201);
    expect(await rows("retry-3")).toBe(1);
  });

  it("422 idempotency_key_reused when the same key comes with another request", async () => {
    await suite.api.create(world.userId, bookingRequest(world, day, "10:00", "12:00"), "retry-4");
    const reply = await suite.api.create(world.userId, bookingRequest(world, day, "13:00", "14:00"), "retry-4");
    expect(reply.status).toBe(422);
    expect(Problem.parse(reply.body).code).toBe("idempotency_key_reused");
    expect(await rows("retry-4")).toBe(1);
  });

  it("keys are per user: another user's key with the same text is another booking", async () => {
    const colleague = await suite.make.user(world.organisationId);
    await suite.api.create(world.userId, bookingRequest(world, day, "10:00", "11:00"), "shared-text");
    const reply = await suite.api.create(colleague, bookingRequest(world, day, "12:00", "13:00"), "shared-text");
    expect(reply.status).toBe(201);
  });

  it("stores no key when the first attempt failed: a retry is evaluated again", async () => {
    const blocker = await suite.api.create(world.userId, bookingRequest(world, day, "10:00", "12:00"));
    const body = bookingRequest(world, day, "11:00", "12:00");
    expect((await suite.api.create(world.userId, body, "retry-5")).status).toBe(409);
    expect(await rows("retry-5")).toBe(0);
    expect((await suite.api.cancel(world.userId, Booking.parse(blocker.body).id)).status).toBe(200);
    expect((await suite.api.create(world.userId, body, "retry-5")).status).toBe(201);
  });
});
