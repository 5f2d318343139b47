import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectAccessible } from "./axe";
import { DEMO, osloInstant, signedIn, type Me } from "./demo-session";
import { addDays, osloDate } from "./oslo-dates";

const VERA_HOST = DEMO.host;
const SARA_COORDINATOR = DEMO.cafeCoordinator;
const STINE_COORDINATOR = DEMO.informalCoordinator;

/** 11:00–12:00 on the date in Oslo, as instants. */
const elevenToNoon = (date: string) => ({ start: osloInstant(date, "11:00"), end: osloInstant(date, "12:00") });

interface Booker {
  request: APIRequestContext;
  me: Me;
}

function bodyFor(booker: Booker, draft: { spaceId: string; activityTypeId: string; title: string; start: string; end: string }) {
  const organisationId = booker.me.memberships.find((membership) => membership.mayBook)?.organisationId;
  return { ...draft, organisationId, expectedAttendees: 2 };
}

async function outcome(booker: Booker, body: object): Promise<string> {
  const check = await booker.request.post("/api/v1/bookings/check", { headers: { "X-CSRF-Token": booker.me.csrfToken }, data: body });
  return ((await check.json()) as { outcome: string }).outcome;
}

async function book(booker: Booker, body: object): Promise<void> {
  const headers = { "X-CSRF-Token": booker.me.csrfToken, "Idempotency-Key": randomUUID() };
  const created = await booker.request.post("/api/v1/bookings", { headers, data: body });
  expect(created.status()).toBe(202);
}

/**
 * Two requests for the same space and time at Slemmestad, one by each coordinator: the first weekday, space and
 * open activity next week that the rules send to the desk for both. Returns the centre and the date.
 */
async function competingRequests(sara: Booker, stine: Booker, titles: [string, string]): Promise<{ centreId: string; date: string }> {
  const centres = (await (await sara.request.get("/api/v1/centres")).json()) as { id: string; name: string }[];
  const centre = centres.find((candidate) => candidate.name === "Slemmestad");
  expect(centre).toBeTruthy();
  const spaces = (await (await sara.request.get(`/api/v1/spaces?centreId=${centre!.id}`)).json()) as { id: string }[];
  const activities = (await (await sara.request.get("/api/v1/activity-types")).json()) as { id: string; sensitivity: string }[];
  for (let days = 7; days < 14; days += 1) {
    const date = addDays(osloDate(new Date()), days);
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    for (const space of spaces) {
      for (const activity of activities.filter((candidate) => candidate.sensitivity === "open")) {
        const draft = { spaceId: space.id, activityTypeId: activity.id, ...elevenToNoon(date) };
        const first = bodyFor(sara, { ...draft, title: titles[0] });
        const second = bodyFor(stine, { ...draft, title: titles[1] });
        if ((await outcome(sara, first)) !== "requested" || (await outcome(stine, second)) !== "requested") continue;
        await book(sara, first);
        await book(stine, second);
        return { centreId: centre!.id, date };
      }
    }
  }
  throw new Error("No space, activity or day next week sends both coordinators' requests to the desk.");
}

test.describe("front desk", () => {
  test("the Slemmestad host approves one of two competing requests, then moves it; the volunteer is told", async ({ browser, page }) => {
    test.slow(); // two bookers set up through the API, three people's pages, two axe runs
    const id = randomUUID().slice(0, 8);
    const saraTitle = `Språkkafé ${id}`;
    const stineTitle = `Strikkekafé ${id}`;
    const sara = await signedIn(browser, SARA_COORDINATOR);
    const stine = await signedIn(browser, STINE_COORDINATOR);
    const { centreId, date } = await competingRequests(
      { request: sara.context.request, me: sara.me },
      { request: stine.context.request, me: stine.me },
      [saraTitle, stineTitle],
    );

    // The host signs in and opens the queue of the day.
    const login = await page.request.post("/api/v1/auth/demo-login", { data: { userId: VERA_HOST } });
    expect(login.status()).toBe(200);
    await page.goto(`/vertskap?senter=${centreId}&dato=${date}&visning=ko`);
    // The first visit loads the page's code and the calendar's: slow on a busy machine.
    await expect(page.getByRole("heading", { level: 1, name: "Vertskap" })).toBeVisible({ timeout: 20_000 });
    const request = page.getByRole("article", { name: saraTitle });
    await expect(request).toContainText("Frivillig lag");
    await expect(page.getByRole("article", { name: stineTitle })).toBeVisible();
    await expectAccessible(page);

    await request.getByRole("button", { name: `Godkjenn: ${saraTitle}` }).click();
    const approve = page.getByRole("dialog", { name: `Godkjenne «${saraTitle}»?` });
    await expect(approve).toContainText("blir avslått automatisk");
    await approve.getByRole("button", { name: "Godkjenn" }).click();
    await expect(page.getByText(`${saraTitle} er godkjent. 1 konkurrerende forespørsel ble avslått.`)).toBeVisible();
    await expect(page.getByRole("article", { name: stineTitle })).toHaveCount(0);

    // The approved booking moves to an equivalent room in the house.
    // The view switch's radios sit under their visible labels: click the label.
    await page.getByText("Tavle", { exact: true }).click();
    const event = page.getByRole("button", { name: new RegExp(`^${saraTitle}, Bekreftet`) });
    await expect(event).toBeVisible();
    await expectAccessible(page);
    await event.click();
    const panel = page.getByRole("dialog", { name: saraTitle });
    await panel.getByRole("button", { name: "Flytt" }).click();
    const move = page.getByRole("dialog", { name: `Flytt «${saraTitle}»` });
    await move.getByRole("textbox", { name: /Begrunnelse for flyttingen/ }).fill("Salen trengs til et arrangement");
    const sameHouse = move.getByRole("listitem").filter({ hasText: "Annet rom i huset" }).first();
    await sameHouse.getByRole("button", { name: /^Flytt hit/ }).click();
    await expect(page.getByText(`${saraTitle} er flyttet.`)).toBeVisible();

    // The volunteer sees the booking in her list and the notice of the move.
    const saraPage = await sara.context.newPage();
    await saraPage.goto("/mine-bookinger");
    await expect(saraPage.getByRole("heading", { level: 2, name: saraTitle })).toBeVisible({ timeout: 20_000 });
    await saraPage.goto("/varsler");
    await expect(saraPage.getByRole("list", { name: "Varsler" })).toContainText(`Flyttet: ${saraTitle}`, { timeout: 20_000 });
    await Promise.all([sara.context.close(), stine.context.close()]);
  });

  test("a signed-in resident has no access", async ({ page }) => {
    const login = await page.request.post("/api/v1/auth/demo-login", { data: { userId: DEMO.resident } });
    expect(login.status()).toBe(200);
    await page.goto("/vertskap");
    await expect(page.getByText(/Du har ikke tilgang til vertskapet/)).toBeVisible();
    await expectAccessible(page);
  });
});
