import { enGB } from "date-fns/locale/en-GB";
import { nb } from "date-fns/locale/nb";
import { nn } from "date-fns/locale/nn";
import { formatBookingTime } from "./format-booking-time";

// The test process runs in UTC (or wherever): the text must follow Oslo's clock, not the machine's.
describe("booking times in Oslo", () => {
  it("formats a winter evening (UTC+1) in bokmål, nynorsk and English", () => {
    const start = "2026-03-12T17:00:00Z";
    const end = "2026-03-12T19:30:00Z";
    expect(formatBookingTime(start, end, nb)).toBe("torsdag 12. mars 2026, 18:00–20:30");
    expect(formatBookingTime(start, end, nn)).toBe("torsdag 12. mars 2026, 18:00–20:30");
    expect(formatBookingTime(start, end, enGB)).toBe("Thursday, 12 March 2026, 18:00–20:30");
  });

  it("uses summer time (UTC+2) after the change", () => {
    expect(formatBookingTime("2026-03-30T08:00:00Z", "2026-03-30T10:00:00Z", nb)).toBe("mandag 30. mars 2026, 10:00–12:00");
  });

  it("puts the date on both ends when the booking runs past midnight in Oslo", () => {
    // 22:00 UTC on the 12th is 23:00 in Oslo; 23:30 UTC is 00:30 on the 13th.
    expect(formatBookingTime("2026-03-12T22:00:00Z", "2026-03-12T23:30:00Z", nb)).toBe(
      "torsdag 12. mars 2026, 23:00 – fredag 13. mars 2026, 00:30",
    );
  });
});
