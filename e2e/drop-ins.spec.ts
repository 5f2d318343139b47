import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { addDays, noonUtcOf, osloDate, weekdayOfWeek } from "./oslo-dates";

// NAV's drop-in hours at Tofte (apps/api/src/db/seed/demo-series.ts): every Thursday 10–14 in the quiet room, cut
// into 20-minute appointments, in person or digital. NAV's guidance is discreet, so residents are told to ask at
// the front desk instead of being shown the room. The tests take appointments in the first window from next week
// on; the browser's clock is set to the Tuesday of that week, so the programme's "this week" holds it.
const NAV_TITLE = "NAV-veiledning: drop-in og timebestilling";
const NILS = /Nils Veileder/;
const ASK_FRONT_DESK = "Tofte, Spør i vertskapet";

interface DropInWindow {
  id: string;
  title: string;
  start: string;
  appointments: { slots: { start: string; end: string; available: boolean }[] } | null;
}

/** "10:20" on Oslo's wall clock. */
const osloTime = (instant: string) =>
  new Intl.DateTimeFormat("nb-NO", { timeZone: "Europe/Oslo", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(instant));

/** The seed's Tofte centre and NAV's first drop-in window from next Monday on (a holiday week has none). */
async function navWindow(request: APIRequestContext): Promise<{ centreId: string; window: DropInWindow; date: string }> {
  const centres = (await (await request.get("/api/v1/centres")).json()) as { id: string; name: string }[];
  const centreId = centres.find((centre) => centre.name === "Tofte")?.id;
  if (!centreId) throw new Error("No centre Tofte in the seed");
  const monday = weekdayOfWeek(1, 1);
  const search = new URLSearchParams({ centreId, from: noonUtcOf(monday).toISOString(), to: noonUtcOf(addDays(monday, 28)).toISOString() });
  const response = await request.get(`/api/v1/dropins?${search.toString()}`);
  expect(response.status()).toBe(200);
  const windows = ((await response.json()) as DropInWindow[]).filter((candidate) => candidate.title === NAV_TITLE);
  windows.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const window = windows[0];
  if (!window) throw new Error("No NAV drop-in window at Tofte in the coming weeks");
  return { centreId, window, date: osloDate(new Date(window.start)) };
}

/** From the programme, signed out, to the appointment page of NAV's drop-in hours at Tofte. */
async function openFromProgramme(page: Page): Promise<void> {
  const { date } = await navWindow(page.request);
  await page.clock.setFixedTime(noonUtcOf(addDays(date, -2)));
  await page.goto("/program");
  await expect(page.getByRole("heading", { level: 1, name: "Hva skjer" })).toBeVisible();
  await page.getByLabel("Lokalsenter").selectOption({ label: "Tofte" });
  const item = page.getByRole("article", { name: NAV_TITLE, exact: true });
  await expect(item).toContainText("10:00–14:00");
  await expect(item).toContainText(ASK_FRONT_DESK);
  await expect(item).toContainText("Drop-in");
  await expectAccessible(page);

  await item.getByRole("link", { name: `Bestill time: ${NAV_TITLE}` }).click();
  await expect(page).toHaveURL(new RegExp(`/drop-in/[0-9a-f-]{36}\\?sentre=[0-9a-f-]{36}&dato=${date}$`));
  await expectDropInPage(page);
}

/** Straight to the appointment page's address, as a link shared by the service. */
async function openDirectly(page: Page): Promise<void> {
  const { centreId, window, date } = await navWindow(page.request);
  await page.goto(`/drop-in/${window.id}?${new URLSearchParams({ sentre: centreId, dato: date }).toString()}`);
  await expectDropInPage(page);
}

async function expectDropInPage(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: NAV_TITLE })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(ASK_FRONT_DESK);
  await expect(page.getByText("Samtalerommet")).toHaveCount(0);
}

const slotGroup = (page: Page) => page.getByRole("group", { name: "Ledige timer" });

/** Checks the first free slot and returns its day and time as the page writes them ("torsdag … 10:00–10:20"). */
async function takeFirstFreeSlot(page: Page): Promise<string> {
  const slot = slotGroup(page).getByRole("radio", { name: /, ledig$/ }).first();
  const label = await slot.evaluate((input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? "");
  const when = label.replace(/, ledig$/, "");
  expect(when).toMatch(/^torsdag .*, \d\d:\d\d–\d\d:\d\d$/);
  await slot.check();
  return when;
}

async function fillContact(page: Page, name: string) {
  await page.getByRole("textbox", { name: "Navn" }).fill(name);
  await page.getByRole("textbox", { name: "Telefonnummer" }).fill("912 34 567");
}

const modeChoice = (page: Page, mode: "Oppmøte" | "Digitalt møte"): Locator =>
  page.getByRole("group", { name: "Hvordan vil du møte?" }).getByRole("radio", { name: mode });

test.describe("drop-in hours with appointments", () => {
  test("a resident, signed out, takes an appointment from the programme, sees it taken, and cancels it with the link", async ({ page }) => {
    test.slow(); // a whole journey over four pages, each checked with axe
    await openFromProgramme(page);
    const when = await takeFirstFreeSlot(page);
    await modeChoice(page, "Oppmøte").check();
    await fillContact(page, "Aina Berg");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Bestill timen" }).click();

    const receipt = page.getByRole("region", { name: "Timen er bestilt" });
    await expect(receipt).toBeFocused();
    await expect(receipt).toContainText(when);
    await expect(receipt).toContainText(ASK_FRONT_DESK);
    await expect(receipt).toContainText("Oppmøte");
    await expect(receipt).not.toContainText("Lenke til møtet");
    const cancelLink = receipt.getByRole("link", { name: "Avbestill timen" });
    await expect(cancelLink).toHaveAttribute("href", /^\/avbestill-time\/[0-9a-f-]{36}\?token=[^&]+$/);
    const cancelPath = (await cancelLink.getAttribute("href")) ?? "";
    // The full address to keep is written out, since the receipt is shown only once.
    await expect(receipt).toContainText(new URL(cancelPath, page.url()).toString());
    await expectAccessible(page);

    // Loaded again, the page offers the form once more: that time is now taken and cannot be chosen.
    const dropInUrl = page.url();
    await page.reload();
    await expect(slotGroup(page).getByRole("radio", { name: `${when}, opptatt` })).toBeDisabled();
    await expect(slotGroup(page).getByRole("radio", { name: `${when}, ledig` })).toHaveCount(0);

    await page.goto(cancelPath);
    await expect(page.getByRole("heading", { level: 1, name: "Avbestill time" })).toBeVisible();
    await expect(page.getByText("Vil du avbestille timen?")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Avbestill timen" }).click();
    await expect(page.getByText("Timen er avbestilt.")).toBeFocused();
    await expectAccessible(page);

    await page.goto(dropInUrl);
    await expect(slotGroup(page).getByRole("radio", { name: `${when}, ledig` })).toBeEnabled();
  });

  test("a digital appointment's receipt gives the meeting link", async ({ page }) => {
    await openDirectly(page);
    const when = await takeFirstFreeSlot(page);
    await modeChoice(page, "Digitalt møte").check();
    await fillContact(page, "Jonas Lie");
    await page.getByRole("button", { name: "Bestill timen" }).click();

    const receipt = page.getByRole("region", { name: "Timen er bestilt" });
    await expect(receipt).toBeFocused();
    await expect(receipt).toContainText(when);
    await expect(receipt).toContainText("Digitalt møte");
    await expect(receipt).toContainText("Lenke til møtet");
    await expect(receipt.getByRole("link", { name: "https://meet.example.no/nav-tofte" })).toHaveAttribute("href", "https://meet.example.no/nav-tofte");
    await expectAccessible(page);
  });

  test("NAV's advisor signs in and finds a resident's appointment in the day's list", async ({ page }) => {
    // The resident's appointment, taken through the API as the form does, signed out with a name and phone.
    const { window, date } = await navWindow(page.request);
    const slot = window.appointments?.slots.find((candidate) => candidate.available);
    if (!slot) throw new Error("No free appointment in NAV's drop-in window");
    const taken = await page.request.post(`/api/v1/dropins/${window.id}/appointments`, {
      data: { start: slot.start, mode: "in_person", name: "Per Hansen", phone: "913 45 678" },
    });
    expect(taken.status()).toBe(201);

    await page.goto("/timeavtaler");
    await expect(page.getByRole("heading", { level: 1, name: "Timeavtaler" })).toBeVisible();
    await expect(page.getByText("Du må logge inn for å se timeavtalene.")).toBeVisible();
    await page.getByRole("main").getByRole("link", { name: "Logg inn" }).click();
    await page.getByRole("button", { name: NILS }).click();
    await expect(page).toHaveURL(/\/timeavtaler$/);
    await expect(page.getByRole("region", { name: "Konto" })).toContainText(NILS);

    await page.getByLabel("Dato").fill(date);
    await expect(page).toHaveURL(new RegExp(`/timeavtaler\\?dato=${date}$`));
    const table = page.getByRole("table", { name: /^Timeavtaler torsdag / });
    const time = `${osloTime(slot.start)}–${osloTime(slot.end)}`;
    const row = table.getByRole("row").filter({ hasText: "Per Hansen" }).filter({ has: page.getByRole("rowheader", { name: time }) });
    await expect(row).toHaveCount(1);
    await expect(row).not.toContainText("Avbestilt");
    await expect(row).toContainText("Oppmøte");
    await expect(row).toContainText(NAV_TITLE);
    // Staff see the room that residents are not shown.
    await expect(row).toContainText("Tofte, Samtalerommet");
    await expectAccessible(page);
  });
});
