import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";

// e2e/serve.mjs runs the tests' OpenID Connect provider (apps/api/src/testing/oidc-provider.ts) as ID-porten,
// with a page per interaction: a button per test account and "Avbryt", then "Godta" to consent.
const ISSUER = `http://127.0.0.1:${process.env.E2E_OIDC_PORT ?? 3198}`;
const KARI = "Kari Nordmann";

test.describe("sign-in with an OpenID Connect provider", () => {
  // Two servers and a round of redirects each way, the first one with the provider's discovery.
  test.describe.configure({ timeout: 60_000 });

  test("a resident signs in through ID-porten, lands on the front page, and logs out at the provider too", async ({ page }) => {
    await page.goto("/logg-inn");
    const idporten = page.getByRole("link", { name: /ID-porten/ });
    await expect(idporten).toBeVisible();
    await idporten.click();

    await expect(page).toHaveURL(new RegExp(`^${ISSUER}/interaction/`));
    await expect(page.locator("html")).toHaveAttribute("lang", "nb");
    await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeVisible();
    await page.getByRole("button", { name: `Logg inn som ${KARI} (test)` }).click();
    const consent = page.getByRole("button", { name: "Godta" });
    // Consent, if the provider asks (it does for a client's first grant); otherwise we are already back.
    await expect(consent.or(page.getByRole("heading", { level: 1, name: "Lokalsentre og innbyggertorg" }))).toBeVisible();
    if (await consent.isVisible()) await consent.click();

    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/$/);
    await expect(page.getByRole("heading", { level: 1, name: "Lokalsentre og innbyggertorg" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Konto" })).toContainText(KARI);
    await expectAccessible(page);

    const me = await page.request.get("/api/v1/auth/me");
    expect(me.status()).toBe(200);
    const body = (await me.json()) as { user: { displayName: string }; provider: string; csrfToken: string };
    expect(body.user.displayName).toBe(KARI);
    expect(body.provider).toBe("idporten");

    const logout = await page.request.post("/api/v1/auth/logout", { headers: { "X-CSRF-Token": body.csrfToken } });
    expect(logout.status()).toBe(200);
    const { providerLogoutUrl } = (await logout.json()) as { providerLogoutUrl: string | null };
    expect(providerLogoutUrl?.startsWith(`${ISSUER}/`)).toBe(true);
    expect((await page.request.get("/api/v1/auth/me")).status()).toBe(401);
  });

  test("cancelling at the provider lands on the sign-in page with an alert, signed out", async ({ page }) => {
    await page.goto("/api/v1/auth/login/idporten?returnTo=/");
    await expect(page).toHaveURL(new RegExp(`^${ISSUER}/interaction/`));
    await page.getByRole("button", { name: "Avbryt" }).click();

    await expect(page).toHaveURL(/\/logg-inn\?feil=login_failed$/);
    await expect(page.getByRole("alert")).toContainText("Innloggingen mislyktes");
    await expectAccessible(page);
    expect((await page.request.get("/api/v1/auth/me")).status()).toBe(401);
  });
});
