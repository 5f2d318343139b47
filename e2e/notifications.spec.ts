import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";

// "Kari Nordmann (demo)" is the seed's resident.
const KARI = /Kari Nordmann/;

test.describe("notifications", () => {
  test("a signed-in resident opens her notifications from the account menu", async ({ page }) => {
    await page.goto("/logg-inn");
    await page.getByRole("button", { name: KARI }).click();
    const menu = page.getByRole("region", { name: "Konto" });
    await expect(menu).toContainText(KARI);

    await menu.getByRole("link", { name: /^Varsler/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Varsler" })).toBeVisible();
    await expect(page).toHaveTitle(/^Varsler/);
    // Whatever earlier runs left: either the empty state or the list.
    await expect(page.getByText("Ingen varsler ennå.").or(page.getByRole("list", { name: "Varsler" }))).toBeVisible();
    await expectAccessible(page);
  });

  test("a visitor is asked to log in", async ({ page }) => {
    await page.goto("/varsler");
    await expect(page.getByText(/Du må logge inn for å se varslene dine/)).toBeVisible();
    await expectAccessible(page);
  });
});
