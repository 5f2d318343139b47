import { isOfferOpen, nextOffer, offerExpiresAt, waitlistOrder, type WaitlistEntry, type WaitlistOffer } from "./waitlist";

const at = (hhmm: string) => new Date(`2026-11-20T${hhmm}:00Z`);
const entries: WaitlistEntry[] = [
  { id: "resident", requestedAt: at("09:00"), tier: 4 },
  { id: "library", requestedAt: at("11:00"), tier: 1 },
  { id: "group-b", requestedAt: at("10:00"), tier: 3 },
  { id: "group-a", requestedAt: at("10:00"), tier: 3 },
];
const offer = (entryId: string, madeAt: string, response?: WaitlistOffer["response"]): WaitlistOffer => ({
  entryId,
  madeAt: at(madeAt),
  ...(response ? { response } : {}),
});

describe("waitlistOrder", () => {
  it("serves first come first: by time of joining, then id; a higher tier does not jump the queue", () => {
    expect(waitlistOrder(entries).map((e) => e.id)).toEqual(["resident", "group-a", "group-b", "library"]);
  });
});

describe("nextOffer (offers open for 60 minutes)", () => {
  it.each<[string, WaitlistOffer[], string, ReturnType<typeof nextOffer>]>([
    ["offers the first in line when nobody has been asked", [], "12:00", { offerTo: "resident", expiresAt: at("13:00"), isNew: true }],
    ["keeps a running offer", [offer("resident", "12:00")], "12:59", { offerTo: "resident", expiresAt: at("13:00"), isNew: false }],
    ["moves on when the offer expires", [offer("resident", "12:00")], "13:00", { offerTo: "group-a", expiresAt: at("14:00"), isNew: true }],
    ["moves on at once when it is declined", [offer("resident", "12:00", "declined")], "12:10", { offerTo: "group-a", expiresAt: at("13:10"), isNew: true }],
    ["ends the queue on an acceptance", [offer("resident", "12:00", "declined"), offer("group-a", "12:10", "accepted")], "12:20", { done: "accepted" }],
    [
      "is exhausted when everyone has been asked",
      [offer("resident", "12:00", "declined"), offer("group-a", "12:10"), offer("group-b", "13:10", "declined"), offer("library", "13:20", "declined")],
      "14:00",
      { done: "exhausted" },
    ],
    [
      "skips someone who left the queue while their offer ran",
      [offer("gone", "12:00")],
      "12:10",
      { offerTo: "resident", expiresAt: at("13:10"), isNew: true },
    ],
  ])("%s", (_label, offers, now, expected) => {
    expect(nextOffer(entries, offers, at(now), 60)).toEqual(expected);
  });

  it("is exhausted on an empty waitlist", () => {
    expect(nextOffer([], [], at("12:00"), 60)).toEqual({ done: "exhausted" });
  });
});

describe("offer expiry", () => {
  it("expires offerMinutes after it was made; nonsense minutes count as none", () => {
    expect(offerExpiresAt(offer("x", "12:00"), 45)).toEqual(at("12:45"));
    expect(offerExpiresAt(offer("x", "12:00"), -5)).toEqual(at("12:00"));
    expect(offerExpiresAt(offer("x", "12:00"), Number.NaN)).toEqual(at("12:00"));
  });

  it("is open only while unanswered and before it expires", () => {
    expect(isOfferOpen(offer("x", "12:00"), at("12:44"), 45)).toBe(true);
    expect(isOfferOpen(offer("x", "12:00"), at("12:45"), 45)).toBe(false);
    expect(isOfferOpen(offer("x", "12:00", "declined"), at("12:10"), 45)).toBe(false);
  });
});
