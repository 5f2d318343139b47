import { LOCALES, placeholdersOf } from "../policy/messages";
import { FRONT_DESK_CODES } from "./codes";
import { FRONT_DESK_MESSAGES, frontDeskMessageFor } from "./messages";

describe("front-desk messages", () => {
  it("covers exactly the front desk's codes", () => {
    expect(Object.keys(FRONT_DESK_MESSAGES).sort()).toEqual([...FRONT_DESK_CODES].sort());
  });

  it.each(FRONT_DESK_CODES)("%s has a text in nb, nn and en with the same placeholders", (code) => {
    const texts = FRONT_DESK_MESSAGES[code];
    for (const locale of LOCALES) expect(texts[locale].trim().length).toBeGreaterThan(10);
    expect(placeholdersOf(texts.nn)).toEqual(placeholdersOf(texts.nb));
    expect(placeholdersOf(texts.en)).toEqual(placeholdersOf(texts.nb));
  });

  it("fills in parameters and leaves unknown ones visible", () => {
    expect(frontDeskMessageFor("bump_notice_too_short", "nb", { noticeDays: 14 })).toMatch(/^En booking kan bare tas over minst 14 dager før/);
    expect(frontDeskMessageFor("override_needs_justification", "en")).toContain("at least {{minLength}} characters");
  });
});
