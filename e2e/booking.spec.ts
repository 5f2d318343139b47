import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";

// The booking form at /book against the real API and the seed: Sara Språkkafé coordinates the language café
// (a verified volunteer group with a key agreement); Nils Veileder is the NAV advisor. Each test books its own
// Tuesday evening, so the tests never take each other's time.
const SARA = /Sara Språkkafé/;
const NILS = /Nils Veileder/;

/** "YYYY-MM-DD" of the Tuesday after today in Oslo, `weeks` weeks later. */
function tuesday(weeks: number): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo" }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  const ahead = (2 - date.getUTCDay() + 7) % 7 || 7;
  date.setUTCDate(date.getUTCDate() + ahead + 7 * weeks);
  return date.toISOString().slice(0, 10);
}

/** The instant at which Oslo's wall clock shows `time` on `date`, with its offset. */
function osloInstant(date: string, time: string): string {
  const guess = new Date(`${date}T${time}:00Z`);
  const name = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Oslo", timeZoneName: "longOffset" })
    .formatToParts(guess)
    .find((part) => part.type === "timeZoneName")?.value;
  const offset = name?.replace("GMT", "") || "+00:00";
  return `${date}T${time}:00${offset}`;
}

interface SpaceSummary {
  id: string;
  name: string;
  capacity: number;
  partOf: string | null;
  booking: { requiresApproval: boolean };
}

/** The smallest room at Slemmestad for a language café of 18–20 that needs no approval. */
async function slemmestadRoom(page: Page): Promise<SpaceSummary> {
  const centres = (await (await page.request.get("/api/v1/centres")).json()) as { id: string; name: string }[];
  const slemmestad = centres.find((centre) => centre.name === "Slemmestad");
  expect(slemmestad).toBeDefined();
  const response = await page.request.get(`/api/v1/spaces?centreId=${slemmestad?.id ?? ""}`);
  const spaces = (await response.json()) as SpaceSummary[];
  const fitting = spaces
    .filter((space) => space.capacity >= 20 && space.partOf === null && !space.booking.requiresApproval)
    .sort((a, b) => a.capacity - b.capacity);
  const room = fitting[0];
  if (!room) throw new Error("No room for 20 at Slemmestad in the seed");
  return room;
}

function bookPath(spaceId: string, date: string, from = "18:00", to = "20:00"): string {
  return `/book?${new URLSearchParams({ spaceId, start: osloInstant(date, from), end: osloInstant(date, to) }).toString()}`;
}

/** Opens the form signed out, follows "Logg inn", picks the demo user, and comes back to the form. */
async function openSignedIn(page: Page, path: string, who: RegExp, login = "Logg inn") {
  await page.goto(path);
  await page.getByRole("main").getByRole("link", { name: login }).click();
  await page.getByRole("button", { name: who }).click();
  await expect(page).toHaveURL(/\/book\?spaceId=/);
}

/** Presses Tab until `target` has focus: the keyboard's way there, whatever comes before it. */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

const RESULT = /Bookingen er bekreftet|Sendt til vertskapet/;

test.describe("booking a room", () => {
  test("the language café's coordinator books next Tuesday evening at Slemmestad and finds it in her bookings", async ({ page }) => {
    test.slow();
    const room = await slemmestadRoom(page);
    await openSignedIn(page, bookPath(room.id, tuesday(0)), SARA);

    await expect(page.getByRole("heading", { level: 1, name: "Book rommet" })).toBeVisible();
    await expect(page.getByText(`${room.name} · plass til ${String(room.capacity)}`)).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Booker for" })).toHaveText(/Språkkafé Asker/);
    await expect(page.getByRole("textbox", { name: "Fra klokken" })).toHaveValue("18:00");
    await page.getByRole("combobox", { name: "Aktivitet" }).selectOption({ label: "Språkkafé" });
    await page.getByRole("textbox", { name: "Tittel" }).fill("Språkkafé: øv på norsk (e2e)");
    await page.getByRole("textbox", { name: "Forventet antall deltakere" }).fill("18");
    const feedback = page.getByRole("region", { name: "Dette sier reglene" });
    await expect(feedback).toContainText(/bekreftet med en gang|går bookingen til vertskapet/);
    await expectAccessible(page);

    await page.getByRole("button", { name: "Send bookingen" }).click();
    const result = page.getByRole("region", { name: RESULT });
    await expect(result).toBeFocused();
    await expectAccessible(page);
    await result.getByRole("link", { name: "Se Mine bookinger" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mine bookinger" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Bookinger" }).getByRole("heading", { name: "Språkkafé: øv på norsk (e2e)" })).toBeVisible();
  });

  test("a NAV advisor who chooses a shielded activity sees the refusal and why before sending", async ({ page }) => {
    const room = await slemmestadRoom(page);
    await openSignedIn(page, bookPath(room.id, tuesday(0), "10:00", "11:00"), NILS);

    await page.getByRole("combobox", { name: "Aktivitet" }).selectOption({ label: "Helsestasjon for ungdom" });
    await page.getByRole("textbox", { name: "Tittel" }).fill("Samtaler");
    await page.getByRole("textbox", { name: "Forventet antall deltakere" }).fill("4");
    const feedback = page.getByRole("region", { name: "Dette sier reglene" });
    await expect(feedback.getByRole("heading", { name: "Stopper bookingen" })).toBeVisible();
    await expect(feedback).toContainText("kan ikke brukes til tjenester som trenger skjerming");
    await expect(feedback).toContainText("Bruk tjenestens egne lokaler.");
    await expect(page.getByRole("region", { name: RESULT })).toHaveCount(0);
    await expectAccessible(page);
  });

  test("the same booking with the keyboard alone", async ({ page }) => {
    test.slow();
    const room = await slemmestadRoom(page);
    await page.goto(bookPath(room.id, tuesday(1)));
    await tabTo(page, page.getByRole("main").getByRole("link", { name: "Logg inn" }));
    await page.keyboard.press("Enter");
    await tabTo(page, page.getByRole("button", { name: SARA }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/book\?spaceId=/);

    const activity = page.getByRole("combobox", { name: "Aktivitet" });
    await tabTo(page, activity);
    // A closed select chooses by typing the start of an option, as on any keyboard.
    await page.keyboard.type("Språk");
    await expect(activity).toHaveText(/Språkkafé/);
    await tabTo(page, page.getByRole("textbox", { name: "Tittel" }));
    await page.keyboard.type("Språkkafé med tastatur (e2e)");
    await tabTo(page, page.getByRole("textbox", { name: "Forventet antall deltakere" }));
    await page.keyboard.type("20");
    await page.keyboard.press("Enter"); // submits the form

    const result = page.getByRole("region", { name: RESULT });
    await expect(result).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(result.getByRole("link", { name: "Se Mine bookinger" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("list", { name: "Bookinger" }).getByRole("heading", { name: "Språkkafé med tastatur (e2e)" })).toBeVisible();
  });

  test.describe("on a phone", () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test("a booking is completed on a 390×844 screen", async ({ page }) => {
      test.slow();
      const room = await slemmestadRoom(page);
      await openSignedIn(page, bookPath(room.id, tuesday(2)), SARA);
      await page.getByRole("combobox", { name: "Aktivitet" }).selectOption({ label: "Språkkafé" });
      await page.getByRole("textbox", { name: "Tittel" }).fill("Språkkafé på mobil (e2e)");
      await page.getByRole("textbox", { name: "Forventet antall deltakere" }).fill("19");
      const send = page.getByRole("button", { name: "Send bookingen" });
      await send.scrollIntoViewIfNeeded();
      await expect(send).toBeInViewport();
      // Nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await expectAccessible(page);
      await send.click();
      await expect(page.getByRole("region", { name: RESULT })).toBeFocused();
    });
  });

  test("the flow in English and in nynorsk", async ({ page }) => {
    test.slow();
    const room = await slemmestadRoom(page);
    await openSignedIn(page, bookPath(room.id, tuesday(3)), SARA);

    await page.getByLabel("Språk").selectOption("en");
    await expect(page.getByRole("heading", { level: 1, name: "Book the room" })).toBeVisible();
    await page.getByRole("combobox", { name: "Activity" }).selectOption({ label: "Language café" });
    await page.getByRole("textbox", { name: "Title" }).fill("Language café (e2e, en)");
    await page.getByRole("textbox", { name: "Expected number of attendees" }).fill("18");
    await expect(page.getByRole("region", { name: "What the rules say" })).toContainText(/confirmed at once|goes to the front desk/);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Send the booking" }).click();
    await expect(page.getByRole("region", { name: /The booking is confirmed|Sent to the front desk/ })).toBeFocused();

    await page.goto(bookPath(room.id, tuesday(4)));
    await page.getByLabel("Language").selectOption("nn");
    await expect(page.getByRole("heading", { level: 1, name: "Book rommet" })).toBeVisible();
    await page.getByRole("combobox", { name: "Aktivitet" }).selectOption({ label: "Språkkafé" });
    await page.getByRole("textbox", { name: "Tittel" }).fill("Språkkafé (e2e, nn)");
    await page.getByRole("textbox", { name: "Venta tal på deltakarar" }).fill("18");
    await expect(page.getByRole("region", { name: "Dette seier reglane" })).toContainText(/stadfesta med ein gong|går bookinga til vertskapet/);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Send bookinga" }).click();
    await expect(page.getByRole("region", { name: /Bookinga er stadfesta|Sendt til vertskapet/ })).toBeFocused();
  });
});
