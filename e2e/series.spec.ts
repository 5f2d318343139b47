import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { addDays, weekdayOfWeek } from "./oslo-dates";

// A weekly series from the calendar: Sara Språkkafé coordinates the language café (a verified volunteer group with
// a key agreement, so it may book evenings). The seed leaves Slemmestad's Møterom 1 free on Wednesday evenings
// (apps/api/src/db/seed/demo-bookings.ts, demo-series.ts), so the series starts on a Wednesday three weeks ahead
// and runs every week for eight more weeks: nine dates, each bookable unless a holiday or closure skips it.
const SARA = /Sara Språkkafé/;
const TITLE = "Språkkafé for viderekomne (e2e)";
const FIRST = weekdayOfWeek(3, 3);
const UNTIL = addDays(FIRST, 56);
const DATES = Array.from({ length: 9 }, (_, week) => addDays(FIRST, 7 * week));

/** The day of the month of a date "yyyy-MM-dd", as the page writes it ("16."). */
const dayOfMonth = (date: string) => `${String(Number(date.slice(8)))}.`;

/** Presses Tab until `target` has focus: the keyboard's way there, whatever comes before it. */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Finds Møterom 1 at Slemmestad free on the first Wednesday, 18–20, in the list and chooses it. */
async function chooseWednesdayEvening(page: Page) {
  await page.goto("/finn-rom?visning=liste");
  await expect(page.getByRole("heading", { level: 1, name: "Finn et rom" })).toBeVisible();
  await page.getByLabel("Lokalsenter").selectOption({ label: "Slemmestad" });
  await page.getByLabel("Uke med dato").fill(FIRST);
  await page.getByLabel("Fra klokken").selectOption("18:00");
  await page.getByLabel("Til klokken").selectOption("20:00");
  await page.getByLabel("Varighet").selectOption({ label: "2 timer" });
  await page.getByRole("button", { name: "Søk" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Ledige rom uke/ })).toBeFocused();
  const choose = page.getByRole("button", { name: new RegExp(`^Velg 18:00–20:00 onsdag ${dayOfMonth(FIRST)} \\S+, Møterom 1$`) });
  await expect(choose).toBeVisible();
  await expectAccessible(page);
  await choose.click();
  await expect(page).toHaveURL(/\/book\?spaceId=[0-9a-f-]{36}&start=/);
}

test.describe("a recurring series", () => {
  test("the language café's coordinator books a weekly series from the calendar and cancels one date", async ({ page }) => {
    test.setTimeout(180_000); // a whole journey: search, sign-in, form, preview, booking, series page, dialog; axe on each

    await chooseWednesdayEvening(page);
    await page.getByRole("main").getByRole("link", { name: "Logg inn" }).click();
    await page.getByRole("button", { name: SARA }).click();
    await expect(page).toHaveURL(/\/book\?spaceId=/);
    await expect(page.getByRole("heading", { level: 1, name: "Book rommet" })).toBeVisible();
    await expect(page.getByText("Møterom 1 · plass til 10")).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Fra klokken" })).toHaveValue("18:00");

    await page.getByRole("combobox", { name: "Aktivitet" }).selectOption({ label: "Språkkafé" });
    await page.getByRole("textbox", { name: "Tittel" }).fill(TITLE);
    await page.getByRole("textbox", { name: "Forventet antall deltakere" }).fill("8");
    const repeat = page.getByRole("group", { name: "Gjenta" });
    await repeat.getByRole("radio", { name: "Hver uke", exact: true }).check();
    await expect(repeat.getByRole("group", { name: "Ukedager" }).getByRole("checkbox", { name: /^onsdag$/i })).toBeChecked();
    await expect(repeat.getByRole("group", { name: "Slutter" }).getByRole("radio", { name: "På en dato" })).toBeChecked();
    await repeat.getByLabel("Siste dato").fill(UNTIL);
    await expectAccessible(page);

    // Preview and book with the keyboard alone.
    await tabTo(page, page.getByRole("button", { name: "Forhåndsvis serien" }));
    await page.keyboard.press("Enter");
    const heading = page.getByRole("heading", { level: 2, name: "Forhåndsvisning av serien" });
    await expect(heading).toBeFocused();
    const preview = page.getByRole("table", { name: /^Datoene i serien/ });
    const rows = preview.getByRole("row");
    await expect(rows).toHaveCount(DATES.length + 1);
    for (const [index, date] of DATES.entries()) {
      const row = rows.nth(index + 1);
      await expect(row.getByRole("rowheader")).toHaveText(new RegExp(`^onsdag ${dayOfMonth(date)} `));
      await expect(row).toContainText("18:00–20:00");
      await expect(row).toContainText(/Kan bookes|Hoppes over/);
    }
    const summary = await page.getByText(/^\d+ kan bookes, \d+ hoppes over$/).textContent();
    const ok = Number(/^(\d+)/.exec(summary ?? "")?.[1]);
    expect(ok).toBeGreaterThan(1);
    await expect(preview.getByRole("checkbox", { checked: true })).toHaveCount(ok);
    await expectAccessible(page);
    const book = page.getByRole("button", { name: `Book ${String(ok)} datoer` });
    await tabTo(page, book);
    await page.keyboard.press("Enter");

    const created = page.getByRole("region", { name: "Serien er booket" });
    await expect(created).toBeFocused();
    await expect(created).toContainText(`${String(ok)} datoer er booket for «${TITLE}».`);
    await expectAccessible(page);
    await created.getByRole("link", { name: "Se serien" }).click();

    await expect(page).toHaveURL(/\/serie\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
    await expect(page.getByRole("main")).toContainText("Språkkafé Asker");
    const dates = page.getByRole("table", { name: "Alle datoene i serien" });
    await expect(dates.getByRole("row")).toHaveCount(DATES.length + 1);
    const confirmed = dates.getByRole("row").filter({ hasText: "Bekreftet" });
    await expect(confirmed).toHaveCount(ok);
    await expectAccessible(page);

    // Cancel the second booked date only.
    const date = (await confirmed.nth(1).getByRole("rowheader").textContent()) ?? "";
    expect(date).toMatch(/^onsdag /);
    const row = dates.getByRole("row").filter({ has: page.getByRole("rowheader", { name: date, exact: true }) });
    await row.getByRole("button", { name: `Avlys ${date}` }).click();
    const dialog = page.getByRole("dialog", { name: `Avlys ${TITLE}` });
    await expect(dialog).toBeVisible();
    const onlyThis = dialog.getByRole("radio", { name: `Bare denne (${date})` });
    await expect(onlyThis).toBeChecked();
    await expect(onlyThis).toBeFocused();
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Avlys", exact: true }).click();

    await expect(dialog).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: "Avlysningen er lagret." })).toBeAttached();
    await expect(row).toContainText("Avlyst");
    await expect(row.getByRole("button", { name: /^Avlys / })).toHaveCount(0);
    await expect(confirmed).toHaveCount(ok - 1);
    await expect(page.getByRole("group", { name: "Hele serien" })).toBeVisible();
    await expectAccessible(page);
  });
});
