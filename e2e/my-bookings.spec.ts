import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectAccessible } from "./axe";

// "Kari Nordmann (demo)" is the seed's resident; she books for her own resident organisation.
const KARI = /Kari Nordmann/;

interface Me {
  csrfToken: string;
  memberships: { organisationId: string; mayBook: boolean }[];
}

/** A date and a wall-clock time in Oslo as an instant with the offset Oslo has on that date. */
function osloInstant(date: Date, time: string): string {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
  const offset = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Oslo", timeZoneName: "longOffset" })
    .formatToParts(date)
    .find((part) => part.type === "timeZoneName")
    ?.value.replace("GMT", "");
  return `${day}T${time}:00${offset && offset !== "" ? offset : "+00:00"}`;
}

/**
 * Makes a booking for Kari through the API: the first space, activity and weekday next week that the rules
 * accept (POST /bookings/check), then POST /bookings with an Idempotency-Key.
 */
async function bookForKari(request: APIRequestContext, title: string): Promise<void> {
  const me = (await (await request.get("/api/v1/auth/me")).json()) as Me;
  const organisationId = me.memberships.find((membership) => membership.mayBook)?.organisationId;
  expect(organisationId).toBeTruthy();
  const headers = { "X-CSRF-Token": me.csrfToken };
  const centres = (await (await request.get("/api/v1/centres")).json()) as { id: string }[];
  const activities = (await (await request.get("/api/v1/activity-types")).json()) as { id: string; sensitivity: string }[];
  const open = activities.filter((activity) => activity.sensitivity === "open");

  for (let days = 7; days < 14; days += 1) {
    const date = new Date(Date.now() + days * 24 * 3600_000);
    const weekday = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Oslo", weekday: "short" }).format(date);
    if (weekday === "Sat" || weekday === "Sun") continue;
    for (const centre of centres) {
      const spaces = (await (await request.get(`/api/v1/spaces?centreId=${centre.id}`)).json()) as { id: string }[];
      for (const space of spaces) {
        for (const activity of open) {
          const body = {
            spaceId: space.id,
            organisationId,
            activityTypeId: activity.id,
            title,
            expectedAttendees: 2,
            start: osloInstant(date, "11:00"),
            end: osloInstant(date, "12:00"),
          };
          const check = await request.post("/api/v1/bookings/check", { headers, data: body });
          const { outcome } = (await check.json()) as { outcome: string };
          if (outcome !== "confirmed" && outcome !== "requested") continue;
          const created = await request.post("/api/v1/bookings", { headers: { ...headers, "Idempotency-Key": randomUUID() }, data: body });
          expect([201, 202]).toContain(created.status());
          return;
        }
      }
    }
  }
  throw new Error("No space, activity or day next week would take Kari's booking.");
}

test.describe("my bookings", () => {
  test("a resident cancels her booking, may undo for a moment, and it stays cancelled", async ({ page }) => {
    test.slow(); // a whole journey: a booking through the API, the undo window, a reload and two axe runs
    await page.goto("/logg-inn");
    await page.getByRole("button", { name: KARI }).click();
    await expect(page.getByRole("region", { name: "Konto" })).toContainText(KARI);

    const title = `Strikkemøte ${randomUUID().slice(0, 8)}`;
    await bookForKari(page.request, title);

    await page.getByRole("region", { name: "Konto" }).getByRole("link", { name: "Mine bookinger" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mine bookinger" })).toBeVisible();
    const row = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2, name: title }) });
    await expect(row).toBeVisible();
    await expect(row.getByText("Avlyst")).toHaveCount(0);
    await expectAccessible(page);

    // The change dialog takes focus, passes axe, and gives focus back when closed with Escape.
    const edit = row.getByRole("button", { name: `Endre ${title}` });
    await edit.click();
    const dialog = page.getByRole("dialog", { name: `Endre ${title}` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel("Tittel")).toBeFocused();
    await expectAccessible(page);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(edit).toBeFocused();

    await row.getByRole("button", { name: `Avlys ${title}` }).click();
    await expect(row.getByText("Avlyst")).toBeVisible();
    const undo = row.getByRole("button", { name: `Angre avlysningen av ${title}` });
    await expect(undo).toBeFocused();
    await expect(page.getByRole("status").filter({ hasText: "Du kan angre" })).toBeAttached();
    await expectAccessible(page);

    // Past the undo window the cancellation is sent, and the undo is gone.
    await expect(undo).toBeHidden({ timeout: 10_000 });
    await expect(page.getByRole("status").filter({ hasText: `${title} er avlyst.` })).toBeAttached();
    await expect(row.getByText("Avlyst")).toBeVisible();

    await page.reload();
    const reloaded = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2, name: title }) });
    await expect(reloaded.getByText("Avlyst")).toBeVisible();
    await expect(reloaded.getByRole("button", { name: `Avlys ${title}` })).toHaveCount(0);
  });
});
