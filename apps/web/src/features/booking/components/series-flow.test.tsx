import { screen, waitFor, within } from "@testing-library/react";
import { rruleFromChoices } from "@sambruk/domain";
import type { CreateSeries, SeriesInput, SeriesPreview } from "@sambruk/contracts";
import { sessionHandlers, type FakeSession } from "../../../testing/auth-handlers";
import { buildBookingContext, buildSpace, catalogue } from "../../../testing/booking-factories";
import { bookingHandlers } from "../../../testing/booking-handlers";
import { buildMe } from "../../../testing/factories";
import { renderApp } from "../../../testing/render-app";
import { server } from "../../../testing/server";
import { buildOccurrencePreview, buildSeriesPreview } from "../../../testing/series-factories";
import { seriesChangedResponse, seriesHandlers } from "../../../testing/series-handlers";

const space = buildSpace({ name: "Språkrommet" });
// Tuesday 17 March 2026, 18:00–20:00 in Oslo (UTC+1).
const PATH = `/book?spaceId=${space.id}&start=2026-03-17T17:00:00Z&end=2026-03-17T19:00:00Z`;

/** Four Tuesdays: the third collides with Jobbklubb, the fourth goes to the front desk. */
function fourTuesdays(): SeriesPreview {
  return buildSeriesPreview(
    [
      buildOccurrencePreview("2026-03-17"),
      buildOccurrencePreview("2026-03-24"),
      buildOccurrencePreview("2026-03-31", {
        status: "skipped",
        bookingStatus: null,
        reason: "overlap",
        collidesWith: [
          { start: "2026-03-31T16:00:00Z", end: "2026-03-31T18:30:00Z", title: "Jobbklubb", organisation: "NAV Asker", status: "confirmed" },
        ],
      }),
      buildOccurrencePreview("2026-04-07", { bookingStatus: "requested" }),
      buildOccurrencePreview("2026-04-14", { status: "skipped", bookingStatus: null, reason: "holiday" }),
    ],
    "Hver tirsdag til og med 14. april 2026",
  );
}

function signedIn(options: { preview?: (input: SeriesInput) => SeriesPreview; create?: (request: CreateSeries, call: number) => Response | undefined } = {}) {
  const session: FakeSession = { me: buildMe() };
  const booking = bookingHandlers(session, { spaces: [space], activityTypes: catalogue(), contextFor: () => buildBookingContext(space) });
  const series = seriesHandlers(session, { preview: options.preview ?? fourTuesdays, ...(options.create ? { create: options.create } : {}) });
  server.use(...sessionHandlers(session), ...booking.handlers, ...series.handlers);
  return { ...booking, ...series };
}

async function fillIn(user: ReturnType<typeof renderApp>["user"]) {
  await user.selectOptions(await screen.findByRole("combobox", { name: "Aktivitet" }), "Språkkafé");
  await user.type(screen.getByRole("textbox", { name: "Tittel" }), "Språkkafé for voksne");
  await user.type(screen.getByRole("textbox", { name: "Forventet antall deltakere" }), "18");
}

async function repeatWeeklyUntil(user: ReturnType<typeof renderApp>["user"], until: string) {
  await user.click(screen.getByRole("radio", { name: "Hver uke" }));
  // The first date's weekday is the default.
  expect(screen.getByRole("checkbox", { name: "tirsdag" })).toBeChecked();
  await user.type(screen.getByLabelText("Siste dato"), until);
}

afterEach(() => {
  window.sessionStorage.clear();
});

describe("booking a series", () => {
  it("builds the RRULE from the repeat choice and previews every date, ok or skipped with the reason", async () => {
    const { previews, sent } = signedIn();
    const { user } = renderApp({ path: PATH });
    await fillIn(user);
    await repeatWeeklyUntil(user, "2026-04-14");
    await user.click(screen.getByRole("button", { name: "Forhåndsvis serien" }));

    const heading = await screen.findByRole("heading", { name: "Forhåndsvisning av serien" });
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
    expect(previews).toEqual([
      expect.objectContaining({
        spaceId: space.id,
        title: "Språkkafé for voksne",
        expectedAttendees: 18,
        firstDate: "2026-03-17",
        startTime: "18:00",
        endTime: "20:00",
        rrule: "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260414",
      }),
    ]);
    expect(sent).toEqual([]);
    expect(screen.getByText("Hver tirsdag til og med 14. april 2026")).toBeInTheDocument();
    expect(screen.getByText("3 kan bookes, 2 hoppes over")).toBeInTheDocument();

    const table = screen.getByRole("table", { name: /Datoene i serien/ });
    const row = (date: string) => within(within(table).getByRole("rowheader", { name: date }).closest("tr") as HTMLElement);
    expect(row("tirsdag 17. mars 2026").getByText("Kan bookes")).toBeInTheDocument();
    expect(row("tirsdag 17. mars 2026").getByText("18:00–20:00")).toBeInTheDocument();
    expect(row("tirsdag 31. mars 2026").getByText("Hoppes over: kolliderer med «Jobbklubb» (NAV Asker) 18:00–20:30")).toBeInTheDocument();
    expect(row("tirsdag 31. mars 2026").queryByRole("checkbox")).not.toBeInTheDocument();
    expect(row("tirsdag 7. april 2026").getByText("Kan bookes, går til godkjenning")).toBeInTheDocument();
    expect(row("tirsdag 14. april 2026").getByText("Hoppes over: helligdag")).toBeInTheDocument();
  });

  it("builds other choices with the domain: every other week a set number of times, monthly on the nth weekday", async () => {
    const { previews } = signedIn();
    const { user } = renderApp({ path: PATH });
    await fillIn(user);
    await user.click(screen.getByRole("radio", { name: "Annenhver uke" }));
    await user.click(screen.getByRole("checkbox", { name: "torsdag" }));
    await user.click(screen.getByRole("radio", { name: "Etter et antall ganger" }));
    const count = screen.getByRole("textbox", { name: "Antall ganger" });
    await user.clear(count);
    await user.type(count, "6");
    await user.click(screen.getByRole("button", { name: "Forhåndsvis serien" }));
    await screen.findByRole("heading", { name: "Forhåndsvisning av serien" });
    expect(previews.at(-1)?.rrule).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=6");

    await user.click(screen.getByRole("button", { name: "Endre valgene" }));
    // 17 March is the third Tuesday of the month.
    await user.click(screen.getByRole("radio", { name: "Hver måned, 3. tirsdag" }));
    await user.click(screen.getByRole("button", { name: "Forhåndsvis serien" }));
    await screen.findByRole("heading", { name: "Forhåndsvisning av serien" });
    expect(previews.at(-1)?.rrule).toBe(rruleFromChoices({ frequency: "monthly", interval: 1, nth: 3, weekday: 2, end: { count: 6 } }));
  });

  it("asks for a last date after the first before previewing", async () => {
    const { previews } = signedIn();
    const { user } = renderApp({ path: PATH });
    await fillIn(user);
    await user.click(screen.getByRole("radio", { name: "Hver uke" }));
    await user.click(screen.getByRole("button", { name: "Forhåndsvis serien" }));
    const until = screen.getByLabelText("Siste dato");
    expect(until).toHaveAccessibleDescription(expect.stringContaining("Skriv en siste dato etter den første datoen."));
    await waitFor(() => {
      expect(until).toHaveFocus();
    });
    expect(previews).toEqual([]);
  });

  it("books the ticked ok dates with an idempotency key and links to the series", async () => {
    const { creates } = signedIn();
    const { user } = renderApp({ path: PATH });
    await fillIn(user);
    await repeatWeeklyUntil(user, "2026-04-14");
    await user.click(screen.getByRole("button", { name: "Forhåndsvis serien" }));
    await user.click(await screen.findByRole("checkbox", { name: "Ta med tirsdag 24. mars 2026" }));
    await user.click(screen.getByRole("button", { name: "Book 2 datoer" }));

    expect(await screen.findByRole("heading", { name: "Serien er booket" })).toBeInTheDocument();
    expect(creates).toHaveLength(1);
    expect(creates[0]?.body.dates).toEqual(["2026-03-17", "2026-04-07"]);
    expect(creates[0]?.body.rrule).toBe("FREQ=WEEKLY;BYDAY=TU;UNTIL=20260414");
    expect(creates[0]?.idempotencyKey).toEqual(expect.any(String));
    expect(screen.getByText("2 datoer er booket for «Språkkafé for voksne».")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Se serien" })).toHaveAttribute("href", expect.stringMatching(/^\/serie\/[0-9a-f-]+$/));
  });

  it("shows the fresh preview when a date was taken meanwhile (409 series_changed), and books with a new key", async () => {
    const fresh = fourTuesdays();
    const taken = { ...fresh.occurrences[1]!, status: "skipped" as const, bookingStatus: null, reason: "priority" as const };
    const changed = buildSeriesPreview([fresh.occurrences[0]!, taken, ...fresh.occurrences.slice(2)]);
    const { creates } = signedIn({ create: (_request, call) => (call === 0 ? seriesChangedResponse(changed) : undefined) });
    const { user } = renderApp({ path: PATH });
    await fillIn(user);
    await repeatWeeklyUntil(user, "2026-04-14");
    await user.click(screen.getByRole("button", { name: "Forhåndsvis serien" }));
    await user.click(await screen.findByRole("button", { name: "Book 3 datoer" }));

    expect(await screen.findByText(/Noe er endret siden forhåndsvisningen/)).toBeInTheDocument();
    expect(screen.getByText("2 kan bookes, 3 hoppes over")).toBeInTheDocument();
    expect(screen.getByText("Hoppes over: en forespørsel med høyere prioritet venter på samme tid")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Book 2 datoer" }));
    expect(await screen.findByRole("heading", { name: "Serien er booket" })).toBeInTheDocument();
    expect(creates.map((create) => create.body.dates)).toEqual([
      ["2026-03-17", "2026-03-24", "2026-04-07"],
      ["2026-03-17", "2026-04-07"],
    ]);
    expect(creates[1]?.idempotencyKey).not.toBe(creates[0]?.idempotencyKey);
  });

  it("publishes drop-in hours with appointments for a service, on a single booking", async () => {
    const { sent } = signedIn();
    const { user } = renderApp({ path: PATH });
    await fillIn(user);
    await user.click(screen.getByRole("checkbox", { name: /^Drop-in/ }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Lengde på timeavtaler" }), "15 minutter");
    await user.click(screen.getByRole("checkbox", { name: "Digitalt møte" }));
    await user.click(screen.getByRole("button", { name: "Send bookingen" }));
    const link = screen.getByRole("textbox", { name: "Lenke til digitalt møte" });
    expect(link).toHaveAccessibleDescription(expect.stringContaining("Et digitalt møte trenger en lenke"));
    expect(sent).toEqual([]);

    await user.type(link, "https://meet.example.test/nav");
    await user.click(screen.getByRole("button", { name: "Send bookingen" }));
    await waitFor(() => {
      expect(sent).toHaveLength(1);
    });
    expect(sent[0]?.request.dropIn).toEqual({ appointmentMinutes: 15, modes: ["in_person", "digital"], meetingLink: "https://meet.example.test/nav" });
  });

  it("offers drop-in hours only to a service", async () => {
    signedIn();
    const { user } = renderApp({ path: PATH });
    await user.selectOptions(await screen.findByRole("combobox", { name: "Booker for" }), "Asker frivilligsentral");
    expect(screen.queryByRole("checkbox", { name: /^Drop-in/ })).not.toBeInTheDocument();
  });
});
