import { formatWallTime, parseWallTime } from "./wall-time";

describe("parseWallTime", () => {
  it.each([
    ["00:00", 0],
    ["08:30", 510],
    ["23:59", 1439],
    ["24:00", 1440],
  ])("parses %s as %i minutes", (text, minutes) => {
    expect(parseWallTime(text)).toBe(minutes);
  });

  it.each(["24:01", "25:00", "8:30", "08:60", "0830", "", "08:30:00", " 08:30"])("rejects %j", (text) => {
    expect(parseWallTime(text)).toBeNull();
  });
});

describe("formatWallTime", () => {
  it.each([
    [0, "00:00"],
    [510, "08:30"],
    [1440, "24:00"],
  ])("formats %i as %s", (minutes, text) => {
    expect(formatWallTime(minutes)).toBe(text);
  });

  it.each([-1, 1441, 1.5, Number.NaN])("refuses %d", (minutes) => {
    expect(() => formatWallTime(minutes)).toThrow(RangeError);
  });

  it("round-trips every minute of the day", () => {
    for (let minute = 0; minute <= 1440; minute += 1) {
      expect(parseWallTime(formatWallTime(minute))).toBe(minute);
    }
  });
});
