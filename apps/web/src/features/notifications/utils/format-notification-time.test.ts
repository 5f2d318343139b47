import { enGB } from "date-fns/locale/en-GB";
import { nb } from "date-fns/locale/nb";
import { formatNotificationTime } from "./format-notification-time";

describe("formatNotificationTime", () => {
  it("shows the Oslo wall clock, 24-hour, in winter and summer time", () => {
    expect(formatNotificationTime("2026-03-12T09:30:00Z", nb)).toBe("12. mars 2026, 10:30");
    expect(formatNotificationTime("2026-07-01T21:05:00Z", enGB)).toBe("1 July 2026, 23:05");
  });

  it("puts a time just after midnight in Oslo on the next day", () => {
    expect(formatNotificationTime("2026-03-28T23:15:00Z", nb)).toBe("29. mars 2026, 00:15");
  });
});
