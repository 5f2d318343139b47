import { Problem } from "@sambruk/contracts";
import { bookingRequest } from "../testing/booking-request";
import { bookingsClient } from "../testing/bookings-client";
import { useBookingSuite } from "../testing/booking-suite";
import { bookingWorld } from "../testing/factories";
import { futureDay } from "../testing/oslo-time";
import { startTestApp } from "../testing/test-app";

const suite = useBookingSuite();

describe("the interim actor header", () => {
  it("is refused outright when switched off (the production default), however valid the user", async () => {
    const world = await bookingWorld(suite.make);
    const app = await startTestApp(suite.db, { interimActorHeader: false });
    try {
      const reply = await bookingsClient(app).create(world.userId, bookingRequest(world, futureDay(21), "10:00", "11:00"));
      expect(reply.status).toBe(401);
      expect(Problem.parse(reply.body).code).toBe("authentication_required");
      expect(await suite.db.prisma.booking.count({ where: { organisationId: world.organisationId } })).toBe(0);
    } finally {
      await app.close();
    }
  });
});
