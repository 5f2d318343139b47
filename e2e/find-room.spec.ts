import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";

/** The next Tuesday after today on Oslo's wall clock, "yyyy-MM-dd" (a week ahead when today is Tuesday). */
function nextTuesday(): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo" }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  const ahead = ((2 - date.getUTCDay() + 7) % 7) || 7;
  date.setUTCDate(date.getUTCDate() + ahead);
  return date.toISOString().slice(0, 10);
}

/** Searches Slemmestad next Tuesday, 18–21, for two hours, with the form. */
async function searchSlemmestad(page: Page): Promise<void> {
  await page.getByLabel("Lokalsenter").selectOption({ label: "Slemmestad" });
  await page.getByLabel("Uke med dato").fill(nextTuesday());
  await page.getByLabel("Fra klokken").selectOption("18:00");
  await page.getByLabel("Til klokken").selectOption("21:00");
  await page.getByLabel("Varighet").selectOption({ label: "2 timer" });
  await page.getByRole("button", { name: "Søk" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Ledige rom uke/ })).toBeFocused();
}

const bookUrl = /\/book\?spaceId=[0-9a-f-]{36}&start=\d{4}-\d\d-\d\dT18%3A00%3A00%2B0[12]%3A00&end=\d{4}-\d\d-\d\dT20%3A00%3A00%2B0[12]%3A00$/;

test.describe("find a room", () => {
  test("filter Slemmestad next Tuesday, then choose 18:00–20:00 in the list with the keyboard only", async ({ page }) => {
    await page.goto("/finn-rom?visning=liste");
    await expect(page.getByRole("heading", { level: 1, name: "Finn et rom" })).toBeVisible();
    await searchSlemmestad(page);
    await expect(page.getByRole("heading", { level: 3, name: "Møterom 1" })).toBeVisible();
    await expect(page).toHaveURL(/sentre=[0-9a-f-]{36}/);

    // From the focused results heading, Tab forward until a free 18:00–20:00 button on Tuesday has focus.
    const target = /^Velg 18:00–20:00 tirsdag /;
    let found = false;
    for (let i = 0; i < 60 && !found; i += 1) {
      await page.keyboard.press("Tab");
      const name = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
      found = target.test(name);
    }
    expect(found).toBe(true);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(bookUrl);
  });

  test("drag-select free time in the week calendar lands on the booking page", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto("/finn-rom?visning=kalender");
    await searchSlemmestad(page);
    await page.getByLabel("Rom", { exact: true }).selectOption({ label: "Møterom 1" });
    const calendar = page.getByRole("group", { name: "Ukekalender for Møterom 1" });
    await expect(calendar.getByRole("note").first()).toBeAttached();

    // The mouse works in the viewport: bring the evening's rows into it first.
    await calendar.locator('[data-time="19:30:00"]').last().scrollIntoViewIfNeeded();
    const column = calendar.locator(`[role="cell"][data-date="${nextTuesday()}"]`).last();
    const columnBox = await column.boundingBox();
    const from = await calendar.locator('[data-time="18:00:00"]').last().boundingBox();
    const until = await calendar.locator('[data-time="19:30:00"]').last().boundingBox();
    if (!columnBox || !from || !until) throw new Error("The calendar's grid is not laid out");
    const x = columnBox.x + columnBox.width / 2;
    await page.mouse.move(x, from.y + 3);
    await page.mouse.down();
    await page.mouse.move(x, from.y + 20, { steps: 4 });
    await page.mouse.move(x, until.y + until.height - 3, { steps: 8 });
    await page.mouse.up();
    await expect(page).toHaveURL(bookUrl);
  });

  test("axe finds nothing in the list and the calendar, in bokmål and in English", async ({ page }) => {
    test.setTimeout(120_000); // four full-page axe runs over a week of time slots
    await page.goto("/finn-rom?visning=kalender");
    await searchSlemmestad(page);
    await expect(page.getByRole("group", { name: /^Ukekalender for / })).toBeVisible();
    await expect(page.getByRole("note").first()).toBeAttached();
    await expectAccessible(page);

    await page.getByText("Liste", { exact: true }).click();
    await expect(page.getByRole("button", { name: /^Velg / }).first()).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("Språk").selectOption("en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: "Find a room" })).toBeVisible();
    await expect(page.getByRole("button", { name: /^Choose / }).first()).toBeVisible();
    await expectAccessible(page);

    await page.getByText("Calendar", { exact: true }).click();
    await expect(page.getByRole("group", { name: /^Week calendar for / })).toBeVisible();
    await expectAccessible(page);
  });

  test("on a phone-sized screen the list is shown first", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/finn-rom?dato=${nextTuesday()}`);
    await expect(page.getByRole("radio", { name: "Liste" })).toBeChecked();
    await expect(page.getByRole("button", { name: /^Velg / }).first()).toBeVisible();
    await expect(page.getByRole("group", { name: /^Ukekalender for / })).toHaveCount(0);
  });
});
