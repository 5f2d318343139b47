import { LOCALES } from "../policy/messages";
import { NOTIFICATION_KINDS, type NotificationContent } from "./notification-kinds";
import { formatOsloRange } from "./notification-time";
import { renderNotification } from "./render-notification";

// 18:00–20:00 Oslo on Tuesday 1 December 2026 (winter time, UTC+1).
const booking = { title: "Språkkafé", centreName: "Tofte", spaceName: "Møterom 1", startsAt: new Date("2026-12-01T17:00:00Z"), endsAt: new Date("2026-12-01T19:00:00Z") };
const full: NotificationContent = {
  booking,
  reason: "Salen trengs til valg",
  deadline: new Date("2026-11-28T11:00:00Z"),
  alternatives: [
    { centreName: "Tofte", spaceName: "Møterom 2", startsAt: booking.startsAt, endsAt: booking.endsAt, acceptUrl: "https://sambruk.test/accept/1" },
    { centreName: "Sætre", spaceName: null, startsAt: new Date("2026-12-02T17:00:00Z"), endsAt: new Date("2026-12-02T19:00:00Z") },
  ],
};
const cases = NOTIFICATION_KINDS.flatMap((kind) => LOCALES.map((locale) => [kind, locale] as const));

describe("renderNotification", () => {
  it.each(cases)("%s in %s renders without leftover placeholders, with and without the optional parts", (kind, locale) => {
    for (const content of [full, { booking }]) {
      const { subject, body } = renderNotification({ kind, locale, content, publicUrl: "https://sambruk.test" });
      expect(`${subject}\n${body}`).not.toMatch(/\{\{|\}\}/);
      expect(subject).toContain("Språkkafé");
      expect(body).toContain("https://sambruk.test/mine-bookinger");
    }
  });

  it("says the weekday, the Oslo date and the 24-hour time in each language", () => {
    const render = (locale: "nb" | "nn" | "en") => renderNotification({ kind: "booking_confirmed", locale, content: { booking }, publicUrl: "https://s.test/" }).body;
    expect(render("nb")).toContain("tirsdag 1. desember 2026 kl. 18:00–20:00");
    expect(render("nn")).toContain("tysdag 1. desember 2026 kl. 18:00–20:00");
    expect(render("en")).toContain("Tuesday 1 December 2026 at 18:00–20:00");
    expect(render("en")).toContain("https://s.test/mine-bookinger");
  });

  it("gives a confirmation's check-in link", () => {
    const content = { booking, checkInUrl: "https://sambruk.test/sjekk-inn/1?token=abc" };
    expect(renderNotification({ kind: "booking_confirmed", locale: "nb", content, publicUrl: "https://sambruk.test" }).body).toContain(
      "Sjekk inn når dere kommer (ellers frigis tiden): https://sambruk.test/sjekk-inn/1?token=abc",
    );
  });

  it("lists the alternatives with their accept links, the reason and the deadline", () => {
    const { body } = renderNotification({ kind: "booking_bumped", locale: "en", content: full, publicUrl: "https://sambruk.test" });
    expect(body).toContain("Reason: Salen trengs til valg");
    expect(body).toContain("1. Tuesday 1 December 2026 at 18:00–20:00, Tofte, Møterom 2\n   Choose this: https://sambruk.test/accept/1");
    expect(body).toContain("2. Wednesday 2 December 2026 at 18:00–20:00, Sætre, ask at the front desk");
    expect(body).toContain("Deadline: Saturday 28 November 2026 at 12:00");
  });

  it("names no space for a discreet booking: ask at the front desk", () => {
    const { body } = renderNotification({ kind: "booking_reminder", locale: "nb", content: { booking: { ...booking, spaceName: null } }, publicUrl: "https://s.test" });
    expect(body).toContain("Hvor: Tofte, spør verten ved innbyggertorget");
    expect(body).not.toContain("Møterom");
  });

  it("keeps the subject on one line and never reads the title as a template", () => {
    const { subject } = renderNotification({ kind: "booking_rejected", locale: "en", content: { booking: { ...booking, title: "Kurs\r\nBcc: x@y {{title}}" } }, publicUrl: "https://s.test" });
    expect(subject).toBe("Not approved: Kurs Bcc: x@y {{title}}");
  });
});

describe("formatOsloRange", () => {
  it.each([
    // Summer time (UTC+2) and the night the clocks go back.
    ["2026-06-16T16:00:00Z", "2026-06-16T18:00:00Z", "tirsdag 16. juni 2026 kl. 18:00–20:00"],
    ["2026-10-24T22:30:00Z", "2026-10-25T02:30:00Z", "søndag 25. oktober 2026 kl. 00:30–03:30"],
    // Across midnight: the end names its own date.
    ["2026-12-01T21:00:00Z", "2026-12-01T23:30:00Z", "tirsdag 1. desember 2026 kl. 22:00–onsdag 2. desember 2026 kl. 00:30"],
  ])("%s–%s", (start, end, expected) => {
    expect(formatOsloRange(new Date(start), new Date(end), "nb")).toBe(expected);
  });
});
