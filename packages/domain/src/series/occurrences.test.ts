import type { Interval } from "../time/interval";
import { OSLO, type LocalDate } from "../time/zoned";
import { occurrencesOf } from "./occurrences";
import { expandDates } from "./recurrence";

const day = (year: number, month: number, d: number): LocalDate => ({ year, month, day: d });
const utc = (interval: Interval) => [interval.start.toISOString(), interval.end.toISOString()];
const at = (dates: LocalDate[], startTime: string, endTime: string, timeZone = OSLO) =>
  occurrencesOf(dates, { startTime, endTime, timeZone }).map((o) => utc(o.interval));

describe("occurrencesOf across daylight-saving changes in Europe/Oslo", () => {
  it("keeps a weekly Tuesday 18:00–20:00 at 18:00–20:00 local when summer time ends (31 Oct 2027)", () => {
    const expansion = expandDates("FREQ=WEEKLY;BYDAY=TU;UNTIL=20271109", day(2027, 10, 19));
    const dates = expansion.ok ? expansion.dates : [];
    expect(at(dates, "18:00", "20:00")).toEqual([
      ["2027-10-19T16:00:00.000Z", "2027-10-19T18:00:00.000Z"], // +02:00
      ["2027-10-26T16:00:00.000Z", "2027-10-26T18:00:00.000Z"],
      ["2027-11-02T17:00:00.000Z", "2027-11-02T19:00:00.000Z"], // +01:00
      ["2027-11-09T17:00:00.000Z", "2027-11-09T19:00:00.000Z"],
    ]);
  });

  it("starts 02:30 on the spring-forward Sunday (28 March 2027) at the jump, 03:00", () => {
    expect(at([day(2027, 3, 21), day(2027, 3, 28), day(2027, 4, 4)], "02:30", "04:00")).toEqual([
      ["2027-03-21T01:30:00.000Z", "2027-03-21T03:00:00.000Z"],
      ["2027-03-28T01:00:00.000Z", "2027-03-28T02:00:00.000Z"], // 03:00–04:00 summer time
      ["2027-04-04T00:30:00.000Z", "2027-04-04T02:00:00.000Z"],
    ]);
  });

  it("takes the first 02:30 on the fall-back Sunday (31 October 2027)", () => {
    expect(at([day(2027, 10, 31)], "02:30", "04:00")).toEqual([["2027-10-31T00:30:00.000Z", "2027-10-31T03:00:00.000Z"]]);
  });

  it("leaves out an occurrence that falls wholly in the skipped hour", () => {
    expect(at([day(2027, 3, 27), day(2027, 3, 28)], "02:00", "02:45")).toEqual([["2027-03-27T01:00:00.000Z", "2027-03-27T01:45:00.000Z"]]);
  });
});

describe("occurrencesOf: times of day", () => {
  it("ends 24:00 at the next midnight", () => {
    expect(at([day(2027, 10, 30), day(2027, 10, 31)], "22:00", "24:00")).toEqual([
      ["2027-10-30T20:00:00.000Z", "2027-10-30T22:00:00.000Z"],
      ["2027-10-31T21:00:00.000Z", "2027-10-31T23:00:00.000Z"],
    ]);
  });

  it("keeps each occurrence's date", () => {
    const occurrences = occurrencesOf([day(2027, 10, 5)], { startTime: "00:00", endTime: "01:00", timeZone: OSLO });
    expect(occurrences[0]?.date).toEqual(day(2027, 10, 5));
    expect(utc(occurrences[0]!.interval)).toEqual(["2027-10-04T22:00:00.000Z", "2027-10-04T23:00:00.000Z"]);
  });

  it("leaves out empty occurrences and uses the given zone", () => {
    expect(at([day(2027, 10, 5)], "20:00", "18:00")).toEqual([]);
    expect(at([day(2027, 10, 5)], "18:00", "18:00")).toEqual([]);
    expect(at([day(2027, 10, 5)], "18:00", "20:00", "UTC")).toEqual([["2027-10-05T18:00:00.000Z", "2027-10-05T20:00:00.000Z"]]);
  });

  it.each(["25:00", "8:00", "", "18.00"])("refuses the time %j", (time) => {
    expect(() => at([day(2027, 10, 5)], time, "20:00")).toThrow(RangeError);
  });
});
