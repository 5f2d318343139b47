import { screen, waitFor, within } from "@testing-library/react";
import type { Alternative, BookingCheck, CreateBooking } from "@sambruk/contracts";
import { sessionHandlers, type FakeSession } from "../../../testing/auth-handlers";
import { buildBookingContext, buildCreatedBooking, buildSpace, catalogue } from "../../../testing/booking-factories";
import { bookingHandlers, createdResponse } from "../../../testing/booking-handlers";
import { buildMe } from "../../../testing/factories";
import { conflictResponse, problemResponse, refusedResponse } from "../../../testing/handlers";
import { renderApp } from "../../../testing/render-app";
import { server } from "../../../testing/server";

const space = buildSpace({ name: "Språkrommet" });
const otherSpace = buildSpace({ name: "Møterom 2", centreId: space.centreId });
const types = catalogue();
// Tuesday 17 March 2026, 18:00–20:00 in Oslo (UTC+1).
const PATH = `/book?spaceId=${space.id}&start=2026-03-17T17:00:00Z&end=2026-03-17T19:00:00Z`;

interface Setup {
  check?: (request: CreateBooking) => BookingCheck;
  create?: (request: CreateBooking, key: string | null) => Response;
}

function signedIn({ check, create }: Setup = {}) {
  const session: FakeSession = { me: buildMe() };
  const api = bookingHandlers(session, {
    spaces: [space, otherSpace],
    activityTypes: types,
    contextFor: (spaceId) => buildBookingContext(spaceId === otherSpace.id ? otherSpace : space),
    ...(check ? { check } : {}),
    ...(create ? { create } : {}),
  });
  server.use(...sessionHandlers(session), ...api.handlers);
  return { session, ...api };
}

async function fillIn(user: ReturnType<typeof renderApp>["user"], activity = "Språkkafé") {
  await user.selectOptions(await screen.findByRole("combobox", { name: "Aktivitet" }), activity);
  await user.type(screen.getByRole("textbox", { name: "Tittel" }), "Språkkafé for voksne");
  await user.type(screen.getByRole("textbox", { name: "Forventet antall deltakere" }), "18");
}

const feedback = () => screen.getByRole("region", { name: "Dette sier reglene" });

afterEach(() => {
  window.sessionStorage.clear();
});

describe("the booking form", () => {
  it("asks a signed-out visitor to log in and come back to the same space and time", async () => {
    renderApp({ path: PATH });
    expect(await screen.findByText("Du må logge inn for å booke et rom.")).toBeInTheDocument();
    const link = within(screen.getByRole("main")).getByRole("link", { name: "Logg inn" });
    expect(link).toHaveAttribute("href", `/logg-inn?${new URLSearchParams({ returnTo: PATH }).toString()}`);
  });

  it("fills in the space and the Oslo time from the link, and whom the user acts for", async () => {
    signedIn();
    renderApp({ path: PATH });
    expect(await screen.findByText("Språkrommet · plass til 20")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Booker for" })).toHaveDisplayValue("NAV Asker");
    expect(screen.getByLabelText("Dato")).toHaveValue("2026-03-17");
    expect(screen.getByRole("textbox", { name: "Fra klokken" })).toHaveValue("18:00");
    expect(screen.getByRole("textbox", { name: "Til klokken" })).toHaveValue("20:00");
    expect(document.title).toBe("Book rommet – Sambruk");
  });

  it("refuses a shielded activity with the reason while typing, before anything is sent", async () => {
    const { checks, sent } = signedIn();
    const { user } = renderApp({ path: PATH });
    await user.selectOptions(await screen.findByRole("combobox", { name: "Aktivitet" }), "Rusbehandling");

    const region = feedback();
    expect(await within(region).findByRole("heading", { name: "Stopper bookingen" })).toBeInTheDocument();
    expect(region).toHaveTextContent("kan ikke brukes til tjenester som trenger skjerming");
    expect(region).toHaveTextContent("(krever skjerming)");
    expect(region).toHaveTextContent("Bookingen kan ikke sendes slik den er nå.");
    expect(region.querySelector("[aria-live='polite']")).not.toBeNull();
    expect(checks).toEqual([]);
    expect(sent).toEqual([]);
  });

  it("says at once when the time is outside the opening hours", async () => {
    signedIn();
    const { user } = renderApp({ path: PATH });
    await fillIn(user);
    const start = screen.getByRole("textbox", { name: "Fra klokken" });
    const end = screen.getByRole("textbox", { name: "Til klokken" });
    await user.clear(start);
    await user.type(start, "21:00");
    await user.clear(end);
    await user.type(end, "22:30");
    expect(await within(feedback()).findByText("Tiden ligger utenfor åpningstidene.")).toBeInTheDocument();
    expect(within(feedback()).getByRole("heading", { name: "Stopper bookingen" })).toBeInTheDocument();
  });

  it("prefers the API's dry run once it answers for what is on screen", async () => {
    const { checks } = signedIn({
      check: () => ({ outcome: "requested", findings: [{ code: "approval_required", severity: "review" }], conflicts: [], alternatives: [] }),
    });
    const { user } = renderApp({ path: PATH });
    await fillIn(user);
    expect(await within(feedback()).findByText("Dette rommet krever godkjenning. Verten behandler forespørselen.")).toBeInTheDocument();
    expect(within(feedback()).getByRole("heading", { name: "Går til vertskapet" })).toBeInTheDocument();
    expect(checks.at(-1)).toMatchObject({ title: "Språkkafé for voksne", expectedAttendees: 18, start: "2026-03-17T18:00:00+01:00" });
  });

  it("shows field errors tied to their fields and sends nothing while they remain", async () => {
    const { sent } = signedIn();
    const { user } = renderApp({ path: PATH });
    await user.click(await screen.findByRole("button", { name: "Send bookingen" }));
    const title = screen.getByRole("textbox", { name: "Tittel" });
    expect(title).toHaveAttribute("aria-invalid", "true");
    expect(title).toHaveAccessibleDescription(expect.stringContaining("Skriv en tittel."));
    expect(screen.getByRole("combobox", { name: "Aktivitet" })).toHaveAccessibleDescription("Velg en aktivitet.");
    await waitFor(() => {
      expect(screen.getByRole("combobox", { name: "Aktivitet" })).toHaveFocus();
    });
    expect(sent).toEqual([]);
  });

  it("confirms a booking (201), with an idempotency key (the fake API checks the CSRF token), and moves focus to the answer", async () => {
    const { sent } = signedIn();
    const { user } = renderApp({ path: PATH });
    await fillIn(user);
    await user.click(screen.getByRole("button", { name: "Send bookingen" }));

    const result = await screen.findByRole("region", { name: "Bookingen er bekreftet" });
    await waitFor(() => {
      expect(result).toHaveFocus();
    });
    expect(result).toHaveTextContent("Språkkafé for voksne, tirsdag 17. mars 2026, 18:00–20:00.");
    expect(within(result).getByRole("link", { name: "Se Mine bookinger" })).toHaveAttribute("href", "/mine-bookinger");
    expect(sent).toHaveLength(1);
    expect(sent[0]?.idempotencyKey).toMatch(/.{8,}/);
    expect(sent[0]?.request).toMatchObject({ spaceId: space.id, activityTypeId: types[0]?.id, visibility: "public" });
  });

  it("sends a request to the front desk (202) and says why", async () => {
    signedIn({
      create: (request) =>
        createdResponse(buildCreatedBooking(request, { status: "requested", findings: [{ code: "group_not_verified", severity: "review" }] })),
    });
    const { user } = renderApp({ path: PATH });
    await fillIn(user);
    await user.click(screen.getByRole("button", { name: "Send bookingen" }));

    const result = await screen.findByRole("region", { name: "Sendt til vertskapet" });
    expect(within(result).getByRole("heading", { name: "Går til vertskapet" })).toBeInTheDocument();
    expect(result).toHaveTextContent("Laget er ikke bekreftet av verten ennå");
  });

  it("says why a booking was refused (422) and keeps the form", async () => {
    signedIn({ create: () => refusedResponse([{ code: "over_capacity", params: { capacity: 20 } }]) });
    const { user } = renderApp({ path: PATH });
    await fillIn(user);
    await user.click(screen.getByRole("button", { name: "Send bookingen" }));

    const result = await screen.findByRole("region", { name: "Bookingen ble ikke godtatt" });
    expect(within(result).getByRole("heading", { name: "Stopper bookingen" })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Tittel" })).toHaveValue("Språkkafé for voksne");
  });

  it("offers the alternatives of a conflict (409); taking one fills in the form and checks again", async () => {
    const alternative: Alternative = {
      kind: "same_centre",
      centreId: space.centreId,
      spaceId: otherSpace.id,
      start: "2026-03-17T16:00:00Z",
      end: "2026-03-17T18:00:00Z",
    };
    const { checks, sent } = signedIn({ create: () => conflictResponse([alternative]) });
    const { user, router } = renderApp({ path: PATH });
    await fillIn(user);
    await user.click(screen.getByRole("button", { name: "Send bookingen" }));

    const result = await screen.findByRole("region", { name: "Noen var raskere" });
    await user.click(
      within(result).getByRole("button", { name: "Ta tirsdag 17. mars 2026, 17:00–19:00, et annet rom på samme senter" }),
    );

    expect(screen.queryByRole("region", { name: "Noen var raskere" })).not.toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Fra klokken" })).toHaveValue("17:00");
    expect(screen.getByRole("textbox", { name: "Til klokken" })).toHaveValue("19:00");
    expect(screen.getByRole("textbox", { name: "Tittel" })).toHaveValue("Språkkafé for voksne");
    expect(new URLSearchParams(router.state.location.search).get("spaceId")).toBe(otherSpace.id);
    expect(await screen.findByText("Møterom 2 · plass til 20")).toBeInTheDocument();
    await waitFor(() => {
      expect(checks.at(-1)).toMatchObject({ spaceId: otherSpace.id, start: "2026-03-17T17:00:00+01:00" });
    });

    await user.click(screen.getByRole("button", { name: "Send bookingen" }));
    await screen.findByRole("region", { name: "Noen var raskere" });
    // The same intended booking, so the same key on the retry.
    expect(sent.map((s) => s.idempotencyKey)).toEqual([sent[0]?.idempotencyKey, sent[0]?.idempotencyKey]);
  });

  it("keeps everything typed when the session lapses, and brings it back after signing in again", async () => {
    const { session, sent } = signedIn();
    const first = renderApp({ path: PATH });
    await fillIn(first.user);
    await first.user.type(screen.getByRole("textbox", { name: "Beskrivelse (valgfritt)" }), "Ta med kaffe");
    session.me = null;
    await first.user.click(screen.getByRole("button", { name: "Send bookingen" }));

    const result = await screen.findByRole("region", { name: "Du er logget ut" });
    expect(within(result).getByRole("link", { name: "Logg inn igjen" })).toHaveAttribute(
      "href",
      `/logg-inn?${new URLSearchParams({ returnTo: PATH }).toString()}`,
    );
    expect(screen.getByRole("textbox", { name: "Tittel" })).toHaveValue("Språkkafé for voksne");
    first.unmount();

    // Back from the login page: a new page load at the same URL.
    session.me = buildMe();
    server.use(...sessionHandlers(session));
    const second = renderApp({ path: PATH });
    expect(await screen.findByText("Vi hentet fram det du skrev før du logget inn igjen.")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Tittel" })).toHaveValue("Språkkafé for voksne");
    expect(screen.getByRole("textbox", { name: "Beskrivelse (valgfritt)" })).toHaveValue("Ta med kaffe");
    expect(screen.getByRole("textbox", { name: "Forventet antall deltakere" })).toHaveValue("18");
    expect(screen.getByRole("combobox", { name: "Aktivitet" })).toHaveDisplayValue("Språkkafé");

    await second.user.click(screen.getByRole("button", { name: "Send bookingen" }));
    expect(await screen.findByRole("region", { name: "Bookingen er bekreftet" })).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(window.sessionStorage.length).toBe(0);
  });

  it("tells how long to wait after too many attempts (429)", async () => {
    signedIn({
      create: () => {
        const response = problemResponse(429, "too_many_requests");
        response.headers.set("Retry-After", "30");
        return response;
      },
    });
    const { user } = renderApp({ path: PATH });
    await fillIn(user);
    await user.click(screen.getByRole("button", { name: "Send bookingen" }));
    const result = await screen.findByRole("region", { name: "For mange forsøk" });
    expect(result).toHaveTextContent("Vent 30 sekunder, og send igjen.");
  });
});
