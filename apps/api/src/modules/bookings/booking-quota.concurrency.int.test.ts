// Quotas under concurrency: many parallel requests from one organisation, each within the quota alone, never
// together take more than the quota. Needs a real server (PGlite has one connection).
import { RefusedProblem } from "@sambruk/contracts";
import { addDays } from "@sambruk/domain";
import { bookingRequest } from "../../testing/booking-request";
import { booker, classifiedActivity, mondayAhead, parametersWith, usePolicySuite } from "../../testing/policy-fixtures";
import { describeWithServer } from "../../testing/test-database";

const BURST_TIMEOUT_MS = 60_000;
const HOUR_MS = 3_600_000;

describeWithServer("quotas under concurrency", () => {
  const quota = { hoursPerWeek: 4, activeBookings: 1000 };
  const suite = usePolicySuite(parametersWith({ quotas: { organisation: quota, resident: quota } }));

  it("50 parallel one-hour requests from one organisation against 4 h a week: at most 4 h confirmed", async () => {
    const centreId = await suite.make.centre({ openOnHolidays: true });
    const roomId = await suite.make.space(centreId);
    const unit = await booker(suite.make, "service_unit");
    const activityTypeId = await classifiedActivity(suite.db.prisma, {});
    const monday = mondayAhead(28);
    // Fifty distinct hours of one ISO week (days Monday–Sunday, 08:00–15:00): none collides with another.
    const requests = Array.from({ length: 50 }, (_, i) => {
      const hour = 8 + Math.floor(i / 7);
      const time = (h: number) => `${String(h).padStart(2, "0")}:00`;
      return bookingRequest({ ...unit, roomId, activityTypeId }, addDays(monday, i % 7), time(hour), time(hour + 1));
    });
    const replies = await Promise.all(requests.map((body) => suite.api.create(unit.userId, body)));

    const statuses = replies.map((reply) => reply.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(4);
    expect(statuses.filter((s) => s === 422)).toHaveLength(46);
    for (const reply of replies.filter((r) => r.status === 422)) {
      expect(RefusedProblem.parse(reply.body).findings.map((f) => f.code)).toEqual(["quota_hours_exceeded"]);
    }
    const held = await suite.db.prisma.booking.findMany({
      where: { organisationId: unit.organisationId, status: { in: ["confirmed", "requested"] } },
      select: { startsAt: true, endsAt: true },
    });
    const hours = held.reduce((sum, b) => sum + (b.endsAt.getTime() - b.startsAt.getTime()) / HOUR_MS, 0);
    expect(hours).toBeLessThanOrEqual(4);
  }, BURST_TIMEOUT_MS);
});
