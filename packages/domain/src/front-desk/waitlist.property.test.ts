import fc from "fast-check";
import { nextOffer, waitlistOrder, type WaitlistEntry, type WaitlistOffer } from "./waitlist";

const MINUTE_MS = 60_000;
const T0 = Date.parse("2026-11-20T12:00:00Z");

const arbEntries = fc
  .uniqueArray(fc.record({ id: fc.constantFrom("a", "b", "c", "d", "e", "f", "g"), minute: fc.integer({ min: 0, max: 5 }) }), {
    selector: (e) => e.id,
    maxLength: 7,
  })
  .map((list): WaitlistEntry[] => list.map((e) => ({ id: e.id, requestedAt: new Date(T0 - 600 * MINUTE_MS + e.minute * MINUTE_MS) })));

/** What happens between two looks at the waitlist: time passes, and the running offer may be answered. */
const arbStep = fc.record({ minutes: fc.integer({ min: 0, max: 90 }), answer: fc.constantFrom("none", "accepted", "declined") });

describe("nextOffer over a run of answers and waiting", () => {
  it("offers each entry at most once, in queue order, and stops for good after an acceptance", () => {
    fc.assert(
      fc.property(arbEntries, fc.array(arbStep, { maxLength: 30 }), fc.integer({ min: 1, max: 60 }), (entries, steps, offerMinutes) => {
        const offers: WaitlistOffer[] = [];
        let now = T0;
        let accepted = false;
        for (const step of steps) {
          const next = nextOffer(entries, offers, new Date(now), offerMinutes);
          if (accepted) expect(next).toEqual({ done: "accepted" });
          if ("offerTo" in next) {
            if (next.isNew) offers.push({ entryId: next.offerTo, madeAt: new Date(now) });
            const running = offers[offers.length - 1];
            expect(running?.entryId).toBe(next.offerTo);
            if (running && step.answer !== "none") {
              running.response = step.answer === "accepted" ? "accepted" : "declined";
              accepted ||= step.answer === "accepted";
            }
          } else if (next.done === "exhausted") {
            expect(offers.length).toBe(entries.length);
          }
          now += step.minutes * MINUTE_MS;
        }
        const offered = offers.map((o) => o.entryId);
        expect(offered).toEqual(waitlistOrder(entries).slice(0, offered.length).map((e) => e.id));
      }),
      { numRuns: 300 },
    );
  });
});
