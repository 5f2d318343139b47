import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";

// The embedded demo runs with demo login on; "Nils Veileder (demo)" is the NAV advisor of the seed, a member
// of NAV-veiledning, who made the seed's NAV-veiledning booking at Tofte next week.
const NILS = /Nils Veileder/;

test.describe("sign-in and account", () => {
  test("a NAV advisor logs in as a demo user, sees their bookings and logs out", async ({ page }) => {
    test.slow(); // a whole journey, with two axe runs and a reload
    await page.goto("/");
    await page.getByRole("banner").getByRole("link", { name: "Logg inn" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();
    await expect(page).toHaveURL(/\/logg-inn$/);
    await expect(page.getByRole("heading", { level: 2, name: "Demo" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Demobrukere" }).getByRole("listitem").first()).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("button", { name: NILS }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Lokalsentre og innbyggertorg" })).toBeVisible();
    const account = page.getByRole("region", { name: "Konto" });
    await expect(account).toContainText(NILS);
    await expect(account).toContainText("NAV-veiledning");

    await account.getByRole("link", { name: "Mine bookinger" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mine bookinger" })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Vis bookinger for" })).toHaveValue("");
    const list = page.getByRole("list", { name: "Bookinger" });
    await expect(list.getByRole("heading", { level: 2, name: "NAV-veiledning" }).first()).toBeVisible();
    await expect(list.getByText("Bekreftet").first()).toBeVisible();
    await expectAccessible(page);

    // The session survives a reload (the cookie, not the page, holds it).
    await page.reload();
    await expect(page.getByRole("region", { name: "Konto" })).toContainText(NILS);

    await page.getByRole("region", { name: "Konto" }).getByRole("button", { name: "Logg ut" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Lokalsentre og innbyggertorg" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Logg inn" })).toBeVisible();
    await expect(page.getByRole("banner")).not.toContainText(NILS);

    const me = await page.request.get("/api/v1/auth/me");
    expect(me.status()).toBe(401);
  });

  test("signed out, my bookings asks to log in and comes back after login", async ({ page }) => {
    await page.goto("/mine-bookinger");
    await expect(page.getByText("Du må logge inn for å se bookingene dine.")).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("main").getByRole("link", { name: "Logg inn" }).click();
    await expect(page).toHaveURL(/\/logg-inn\?returnTo=%2Fmine-bookinger$/);
    await page.getByRole("button", { name: NILS }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mine bookinger" })).toBeVisible();
    await expect(page).toHaveURL(/\/mine-bookinger$/);
  });

  test("a failed provider login shows an alert", async ({ page }) => {
    await page.goto("/logg-inn?feil=login_failed");
    await expect(page.getByRole("alert")).toContainText("Innloggingen mislyktes");
    await expectAccessible(page);
  });
});
