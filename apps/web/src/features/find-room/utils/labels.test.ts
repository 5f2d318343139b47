import { enGB } from "date-fns/locale/en-GB";
import { nb } from "date-fns/locale/nb";
import { describeRange, formatTimeRange, type LabelFormat } from "./labels";

const fmtNb: LabelFormat = { locale: nb, dayPattern: "EEEE d. MMMM", timeZone: "Europe/Oslo" };
const fmtEn: LabelFormat = { locale: enGB, dayPattern: "EEEE d MMMM", timeZone: "Europe/Oslo" };

// Jest runs in America/Sao_Paulo: every expectation here is Oslo's wall clock, whatever the machine's zone.
describe("labels on the Oslo wall clock", () => {
  it.each([
    ["winter evening", "2026-12-01T17:00:00Z", "2026-12-01T19:00:00Z", "tirsdag 1. desember, 18:00–20:00"],
    ["summer evening", "2027-06-01T16:00:00Z", "2027-06-01T18:00:00Z", "tirsdag 1. juni, 18:00–20:00"],
    ["until midnight is 24:00", "2026-12-01T21:00:00Z", "2026-12-01T23:00:00Z", "tirsdag 1. desember, 22:00–24:00"],
    ["past midnight names both days", "2026-12-01T19:00:00Z", "2026-12-02T07:00:00Z", "tirsdag 1. desember 20:00 – onsdag 2. desember 08:00"],
    // Sunday 28 March 2027: 02:00 becomes 03:00; 01:00–04:00 on the wall clock is two hours.
    ["across the spring-forward change", "2027-03-28T00:00:00Z", "2027-03-28T02:00:00Z", "søndag 28. mars, 01:00–04:00"],
    ["the Monday after the change", "2027-03-29T16:00:00Z", "2027-03-29T18:00:00Z", "mandag 29. mars, 18:00–20:00"],
    ["the Saturday before the change", "2027-03-27T17:00:00Z", "2027-03-27T19:00:00Z", "lørdag 27. mars, 18:00–20:00"],
  ])("%s", (_, start, end, expected) => {
    expect(describeRange(new Date(start), new Date(end), fmtNb)).toBe(expected);
  });

  it("writes English days without the Norwegian full stop, still 24-hour", () => {
    expect(describeRange(new Date("2026-12-01T17:00:00Z"), new Date("2026-12-01T19:00:00Z"), fmtEn)).toBe(
      "Tuesday 1 December, 18:00–20:00",
    );
    expect(formatTimeRange(new Date("2026-12-01T12:30:00Z"), new Date("2026-12-01T13:15:00Z"), fmtEn)).toBe("13:30–14:15");
  });
});
