import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { DEMO, osloInstant, signedIn, type Session } from "./demo-session";
import { waitForMail } from "./mailbox";
import { addDays, osloDate } from "./oslo-dates";

const SARA_ADDRESS = "sara@demo.sambruk.example";

interface Place {
  centreId: string;
  hallA: string;
  hallB: string;
  activityTypeId: string;
}

async function slemmestadHall(session: Session): Promise<Place> {
  const centres = (await (await session.request.get("/api/v1/centres")).json()) as { id: string; name: string }[];
  const centreId = centres.find((centre) => centre.name === "Slemmestad")!.id;
  const spaces = (await (await session.request.get(`/api/v1/spaces?centreId=${centreId}`)).json()) as { id: string; name: string }[];
  const activities = (await (await session.request.get("/api/v1/activity-types")).json()) as { id: string; slug: string }[];
  const named = (name: string) => spaces.find((space) => space.name === name)!.id;
  return { centreId, hallA: named("Storsalen A"), hallB: named("Storsalen B"), activityTypeId: activities.find((a) => a.slug === "sprakkafe")!.id };
}

/** The first weekday at least `days` days from today in Oslo. */
function weekdayFromNow(days: number): string {
  let date = addDays(osloDate(new Date()), days);
  while ([0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay())) date = addDays(date, 1);
  return date;
}

/** The café asks for Storsalen A (the hall needs the desk's approval) and the host approves: the café holds it. */
async function cafeHoldsHallA(sara: Session, host: Session, place: Place, date: string, title: string): Promise<string> {
  const organisationId = sara.me.memberships.find((m) => m.mayBook)!.organisationId;
  const body = { spaceId: place.hallA, organisationId, activityTypeId: place.activityTypeId, title, expectedAttendees: 20, start: osloInstant(date, "12:00"), end: osloInstant(date, "14:00") };
  const created = await sara.request.post("/api/v1/bookings", { headers: { "X-CSRF-Token": sara.me.csrfToken, "Idempotency-Key": randomUUID() }, data: body });
  expect(created.status()).toBe(202);
  const { id } = (await created.json()) as { id: string };
  const approved = await host.request.post(`/api/v1/desk/bookings/${id}/approve`, { headers: { "X-CSRF-Token": host.me.csrfToken, "If-Match": '"1"' } });
  expect(approved.status()).toBe(200);
  return id;
}

/** The desk's "Ny booking": the library's author talk in Storsalen A 12–14, taking the time from lower tiers. */
async function bumpForTheLibrary(page: Page, place: Place, date: string, title: string, justification?: string) {
  await page.goto(`/vertskap?senter=${place.centreId}&dato=${date}&visning=ny-booking`);
  const form = page.getByRole("group", { name: "Ny booking ved skranken" }).or(page.getByRole("form", { name: "Ny booking ved skranken" }));
  await expect(form).toBeVisible({ timeout: 20_000 });
  await page.getByRole("combobox", { name: "Organisasjon" }).selectOption({ label: "Asker bibliotek" });
  await page.getByRole("combobox", { name: "Aktivitet" }).selectOption({ label: "Forfattermøte" });
  await page.getByRole("textbox", { name: "Tittel" }).fill(title);
  await page.getByRole("textbox", { name: "Forventet antall deltakere" }).fill("40");
  await page.getByRole("combobox", { name: "Rom" }).selectOption({ label: "Storsalen A" });
  await page.getByLabel("Dato").fill(date);
  await page.getByRole("textbox", { name: "Fra klokken" }).fill("12:00");
  await page.getByRole("textbox", { name: "Til klokken" }).fill("14:00");
  await page.getByRole("checkbox", { name: /Ta tiden fra lavere prioritet/ }).check();
  await page.getByRole("textbox", { name: /Hvorfor trengs tiden/ }).fill("Bibliotekets forfattermøte");
  if (justification) {
    await page.getByRole("checkbox", { name: /Overstyr varselfristen/ }).check();
    await page.getByRole("textbox", { name: /Begrunnelse for unntaket/ }).fill(justification);
  }
  await page.getByRole("button", { name: "Book", exact: true }).click();
}

test.describe("a bump by priority", () => {
  test("the library bumps the language café 20 days ahead; the café takes the equivalent room from the e-mail", async ({ browser }) => {
    test.slow(); // three people, an e-mail, two axe runs
    const id = randomUUID().slice(0, 8);
    const cafeTitle = `Språkkafé ${id}`;
    const talkTitle = `Forfattermøte ${id}`;
    const [sara, host] = await Promise.all([signedIn(browser, DEMO.cafeCoordinator), signedIn(browser, DEMO.host)]);
    const place = await slemmestadHall(sara);
    const date = weekdayFromNow(20);
    const cafeId = await cafeHoldsHallA(sara, host, place, date, cafeTitle);

    const desk = await host.context.newPage();
    await bumpForTheLibrary(desk, place, date, talkTitle);
    await expect(desk.getByRole("heading", { name: "Bookingen er gjort" })).toBeVisible({ timeout: 20_000 });
    await expect(desk.getByRole("list", { name: "Bookinger som ble flyttet bort" })).toContainText(cafeTitle);
    await expectAccessible(desk);

    // The café's e-mail offers Storsalen B at the same time; its link opens the offer, and "Ta imot" books it.
    const mail = await waitForMail(SARA_ADDRESS, (m) => m.subject.includes(cafeTitle) && m.subject.startsWith("Tiden må gis fra"));
    const lines = mail.text.split("\n");
    const offerLine = lines.findIndex((line) => line.includes("Storsalen B"));
    expect(offerLine).toBeGreaterThan(-1);
    const link = /https?:\/\/\S+\/tilbud\/\S+/.exec(lines[offerLine + 1] ?? "")?.[0];
    expect(link).toBeTruthy();
    const visitor = await browser.newContext(); // the e-mail's link needs no sign-in
    const offerPage = await visitor.newPage();
    await offerPage.goto(new URL(link!).pathname + new URL(link!).search);
    await expect(offerPage.getByRole("heading", { level: 1, name: "Tilbud om ny tid" })).toBeVisible({ timeout: 20_000 });
    await expectAccessible(offerPage);
    await offerPage.getByRole("button", { name: "Ta imot" }).click();
    await expect(offerPage.getByText(/Du har fått Storsalen B/)).toBeVisible();
    await visitor.close();

    // Both calendars and the centre's iCal feed show the new state.
    const saraPage = await sara.context.newPage();
    await saraPage.goto("/mine-bookinger");
    const cafeCard = saraPage.getByRole("listitem").filter({ has: saraPage.getByRole("heading", { level: 2, name: cafeTitle }) });
    await expect(cafeCard.filter({ hasText: "Storsalen B" }).first()).toBeVisible({ timeout: 20_000 });
    const feed = await (await sara.request.get(`/api/v1/ical/centres/${place.centreId}.ics`)).text();
    const events = feed.split("BEGIN:VEVENT").slice(1);
    const cafeEvent = events.find((event) => event.includes(cafeTitle));
    expect(cafeEvent).toContain("Storsalen B");
    expect(events.find((event) => event.includes(talkTitle))).toContain("Storsalen A");
    const board = (await (await host.request.get(`/api/v1/desk/centres/${place.centreId}/day?date=${date}`)).json()) as { bookings: { id: string; title: string; spaceId: string }[] };
    expect(board.bookings.find((b) => b.title === cafeTitle)?.spaceId).toBe(place.hallB);
    expect(board.bookings.some((b) => b.id === cafeId)).toBe(false); // the bumped booking no longer holds time
    await Promise.all([sara.context.close(), host.context.close()]);
  });

  test("with 10 days' notice the bump is refused; an admin overrides it with a reason", async ({ browser }) => {
    test.slow();
    const id = randomUUID().slice(0, 8);
    const cafeTitle = `Språkkafé ${id}`;
    const [sara, host, admin] = await Promise.all([signedIn(browser, DEMO.cafeCoordinator), signedIn(browser, DEMO.host), signedIn(browser, DEMO.admin)]);
    const place = await slemmestadHall(sara);
    const date = weekdayFromNow(10);
    await cafeHoldsHallA(sara, host, place, date, cafeTitle);

    const desk = await host.context.newPage();
    await bumpForTheLibrary(desk, place, date, `Forfattermøte ${id}`);
    await expect(desk.getByRole("heading", { name: "Tiden kan ikke tas" })).toBeVisible({ timeout: 20_000 });
    await expect(desk.getByText(/minst 14 dager før den starter/)).toBeVisible();
    await expect(desk.getByRole("checkbox", { name: /Overstyr varselfristen/ })).toHaveCount(0); // only for admins

    const adminDesk = await admin.context.newPage();
    await bumpForTheLibrary(adminDesk, place, date, `Forfattermøte ${id}`, "Forfatteren kan bare denne dagen");
    await expect(adminDesk.getByRole("heading", { name: "Bookingen er gjort" })).toBeVisible({ timeout: 20_000 });
    await expect(adminDesk.getByRole("list", { name: "Bookinger som ble flyttet bort" })).toContainText(cafeTitle);
    await Promise.all([sara.context.close(), host.context.close(), admin.context.close()]);
  });
});
