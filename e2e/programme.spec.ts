import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";

// The seed places most of its demo bookings from next week on (see apps/api/src/db/seed/demo-bookings.ts and
// demo-series.ts). So that "this week" holds them whatever day the suite runs, the browser's clock is set to next
// Tuesday, 13:00 or 14:00 in Oslo: then today has Tofte's language café (Tuesday 18–20), and the rest of the week
// its story hour (Wednesday) and NAV's drop-in hours (Thursday), published without the room because NAV's guidance
// is discreet. The refugee service's meeting (Tuesday) is busy-only and the neighbours' meeting at Heggedal
// (Thursday) is only requested, so neither is in the programme.
function nextTuesdayNoonUtc(now = new Date()): Date {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Oslo",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    weekday: "short",
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const isoWeekday = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(part("weekday")) + 1;
  return new Date(Date.UTC(Number(part("year")), Number(part("month")) - 1, Number(part("day")) + (8 - isoWeekday) + 1, 12));
}

async function openProgramme(page: Page, path = "/program") {
  await page.clock.setFixedTime(nextTuesdayNoonUtc());
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: "Hva skjer" })).toBeVisible();
}

const item = (page: Page, title: string) => page.getByRole("article", { name: title, exact: true });

test.describe("the programme (Hva skjer)", () => {
  test("lists the demo items of this week, today first, the rest by day", async ({ page }) => {
    await openProgramme(page);
    const today = page.locator("section", { has: page.getByRole("heading", { level: 2, name: "I dag" }) });
    await expect(today.getByRole("article", { name: "Språkkafé: øv på norsk", exact: true })).toBeVisible();
    await expect(item(page, "Språkkafé: øv på norsk")).toContainText("18:00–20:00");
    await expect(item(page, "Språkkafé: øv på norsk")).toContainText("Tofte, Torget");
    const week = page.locator("section", { has: page.getByRole("heading", { level: 2, name: "Denne uken" }) });
    await expect(week.getByRole("heading", { level: 3, name: /^onsdag/ })).toBeVisible();
    await expect(week.getByRole("article", { name: "Fortellerstund for de minste", exact: true })).toBeVisible();
    // A discreet service's drop-in hours are shown, but where in the centre is for the front desk to say.
    const nav = week.getByRole("article", { name: "NAV-veiledning: drop-in og timebestilling", exact: true });
    await expect(nav).toContainText("10:00–14:00");
    await expect(nav).toContainText("Tofte, Spør i vertskapet");
    await expect(page.getByText("Samtalerommet")).toHaveCount(0);
    // Busy-only and requested bookings are never in the programme.
    await expect(page.getByText("Samarbeidsmøte")).toHaveCount(0);
    await expect(page.getByText("Nabomøte om skoleveien")).toHaveCount(0);
    await expectAccessible(page);
  });

  test("filters by a centre and an audience, kept in the URL", async ({ page }) => {
    await openProgramme(page);
    await expect(item(page, "Språkkafé: øv på norsk")).toBeVisible();

    await page.getByLabel("Lokalsenter").selectOption({ label: "Asker sentrum" });
    await expect(page).toHaveURL(/\/program\?sentre=[0-9a-f-]{36}$/);
    await expect(page.getByText(/Ingen arrangementer/)).toBeVisible();
    await expect(item(page, "Språkkafé: øv på norsk")).toHaveCount(0);

    await page.getByLabel("Lokalsenter").selectOption({ label: "Tofte" });
    await expect(item(page, "Språkkafé: øv på norsk")).toBeVisible();
    await page.getByLabel("Passer for").selectOption("children");
    await expect(page).toHaveURL(/\/program\?sentre=[0-9a-f-]{36}&for=children$/);
    await expect(item(page, "Fortellerstund for de minste")).toBeVisible();

    await page.reload();
    await expect(page.getByLabel("Lokalsenter")).toHaveValue(/[0-9a-f-]{36}/);
    await expect(page.getByLabel("Passer for")).toHaveValue("children");
    await expect(item(page, "Fortellerstund for de minste")).toBeVisible();
    await expectAccessible(page);
  });

  test("a centre's page links to its programme", async ({ page }) => {
    await page.clock.setFixedTime(nextTuesdayNoonUtc());
    await page.goto("/");
    await page.getByRole("link", { name: "Tofte" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Tofte" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Rom og lokaler" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Finn et ledig rom her" })).toHaveAttribute("href", /\/finn-rom\?sentre=/);
    await expectAccessible(page);

    await page.getByRole("link", { name: "Se hva som skjer her" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Hva skjer" })).toBeVisible();
    await expect(page.getByLabel("Lokalsenter")).toHaveValue(/[0-9a-f-]{36}/);
    await expect(item(page, "Språkkafé: øv på norsk")).toBeVisible();
  });

  test("has no axe violations in nynorsk and English", async ({ page }) => {
    await openProgramme(page);
    await expect(item(page, "Språkkafé: øv på norsk")).toBeVisible();

    await page.getByLabel("Språk", { exact: true }).selectOption("nn");
    await expect(page.getByRole("heading", { level: 1, name: "Kva skjer" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "nn");
    await expect(page.getByRole("heading", { level: 2, name: "Denne veka" })).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("Språk", { exact: true }).selectOption("en");
    await expect(page.getByRole("heading", { level: 1, name: "What's on" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "This week" })).toBeVisible();
    await expect(item(page, "Språkkafé: øv på norsk")).toContainText("Language café");
    await expectAccessible(page);
  });
});

test.describe("the accessibility statement", () => {
  test("is linked from the footer and has no axe violations", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Tilgjengelighetserklæring" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Tilgjengelighetserklæring" })).toBeVisible();
    await expect(page.getByText("WCAG 2.1")).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("Språk", { exact: true }).selectOption("en");
    await expect(page.getByRole("heading", { level: 1, name: "Accessibility statement" })).toBeVisible();
    await expectAccessible(page);
  });
});
