import { POLICY_CODES } from "./decision";
import { LOCALES, MESSAGES, messageFor, placeholdersOf } from "./messages";

const BOOKING_CODES = [
  "invalid_datetime", "offset_missing", "offset_mismatch", "end_before_start", "duration_too_short",
  "duration_too_long", "not_on_slot_step", "outside_opening_hours", "closed_holiday", "closed",
  "too_short_notice", "beyond_horizon", "over_capacity", "drop_in_not_allowed", "drop_in_must_be_public",
] as const;
const ALL = [...BOOKING_CODES, ...POLICY_CODES];

describe("messages", () => {
  it("covers exactly the known codes", () => {
    expect(Object.keys(MESSAGES).sort()).toEqual([...ALL].sort());
  });

  it.each(ALL)("%s has a text in nb, nn and en with the same placeholders", (code) => {
    const texts = MESSAGES[code];
    for (const locale of LOCALES) expect(texts[locale].trim().length).toBeGreaterThan(10);
    expect(placeholdersOf(texts.nn)).toEqual(placeholdersOf(texts.nb));
    expect(placeholdersOf(texts.en)).toEqual(placeholdersOf(texts.nb));
  });

  it("fills in parameters and leaves unknown ones visible", () => {
    expect(messageFor("over_capacity", "en", { capacity: 12 })).toBe("The space holds 12 people.");
    expect(messageFor("over_capacity", "nb")).toBe("Rommet har plass til {{capacity}} personer.");
  });

  it("points a sensitive service to its own premises in every language", () => {
    expect(messageFor("sensitive_service_not_allowed", "nb", { sensitivity: "shielded" })).toMatch(/egne lokaler/);
    expect(messageFor("sensitive_service_not_allowed", "nn", { sensitivity: "shielded" })).toMatch(/eigne lokale/);
    expect(messageFor("sensitive_service_not_allowed", "en", { sensitivity: "shielded" })).toMatch(/own premises/);
  });
});
