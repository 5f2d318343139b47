import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";

const CENTRES = ["Asker sentrum", "Heggedal", "Holmen", "Slemmestad", "Spikkestad", "Sætre", "Tofte"];

test.describe("the seven centres", () => {
  test("the start page lists them in bokmål with today's hours and a demo notice", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Lokalsentre og innbyggertorg" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "nb");
    for (const name of CENTRES) {
      await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
    }
    await expect(page.getByText("Demodata")).toBeVisible();
    await expect(page.getByText(/Åpningstid i dag/).first()).toBeVisible();
    await expectAccessible(page);
  });

  test("switching to English translates the page and survives a reload", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Språk").selectOption("en");
    await expect(page.getByRole("heading", { level: 1, name: "Local centres and citizen squares" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Local centres and citizen squares" })).toBeVisible();
    await expect(page.getByText("Demo data")).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("Language").selectOption("nn");
    await expect(page.getByRole("heading", { level: 1, name: "Lokalsenter og innbyggjartorg" })).toBeVisible();
    await expectAccessible(page);
  });

  test("a centre's page shows its week, and its address works on reload", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Tofte" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Tofte" })).toBeVisible();
    await expect(page).toHaveURL(/\/sentre\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("table")).toContainText("mandag");
    await expectAccessible(page);

    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Tofte" })).toBeVisible();
    await page.getByRole("link", { name: "Tilbake til alle lokalsentre" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Lokalsentre og innbyggertorg" })).toBeVisible();
  });

  test("keyboard: the skip link leads to the main content, and a centre opens with Enter", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Hopp til hovedinnholdet" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
    const tofte = page.getByRole("link", { name: "Tofte" });
    await tofte.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Tofte" })).toBeVisible();
  });

  test("an unknown page and an unknown centre say so", async ({ page }) => {
    await page.goto("/finnes-ikke");
    await expect(page.getByRole("heading", { level: 1, name: "Vi fant ikke siden" })).toBeVisible();
    await expectAccessible(page);

    await page.goto("/sentre/00000000-0000-4000-8000-000000000000");
    await expect(page.getByText("Vi fant ikke det du lette etter.", { exact: false })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("the API beside the app", () => {
  test("health says the embedded database is migrated", async ({ request }) => {
    const response = await request.get("/api/v1/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({
      status: "ok",
      database: { kind: "embedded", reachable: true },
      migrations: { state: "up_to_date" },
    });
  });

  test("an unknown API path is a problem document, not the app's HTML", async ({ request }) => {
    const response = await request.get("/api/nope");
    expect(response.status()).toBe(404);
    expect(response.headers()["content-type"]).toMatch(/^application\/problem\+json/);
    expect(await response.json()).toMatchObject({ code: "route_not_found", status: 404 });
  });

  test("a malformed centre id is a 400 problem", async ({ request }) => {
    const response = await request.get("/api/v1/centres/not-an-id");
    expect(response.status()).toBe(400);
    expect(await response.json()).toMatchObject({ code: "invalid_id" });
  });
});
