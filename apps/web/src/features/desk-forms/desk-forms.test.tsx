import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Me } from "@sambruk/contracts";
import type { ReactNode } from "react";
import { AppProviders } from "../../app/providers";
import { setCsrfToken } from "../../lib/csrf-token";
import { createI18n } from "../../lib/i18n/create-i18n";
import { createQueryClient } from "../../lib/query-client";
import { sessionHandlers, type FakeSession } from "../../testing/auth-handlers";
import { buildSpace, catalogue } from "../../testing/booking-factories";
import { buildDeskBooking, buildOrganisation } from "../../testing/desk-forms-factories";
import { bumpRefusedResponse, deskCreatedResponse, deskFormsHandlers } from "../../testing/desk-forms-handlers";
import { buildMe, TEST_CSRF_TOKEN, testId } from "../../testing/factories";
import { conflictResponse } from "../../testing/handlers";
import { THURSDAY_MORNING } from "../../testing/render-app";
import { server } from "../../testing/server";
import { BlockForm, DeskBookingForm } from "./index";

const CENTRE = testId();
const hall = buildSpace({ name: "Salen", centreId: CENTRE });
const room = buildSpace({ name: "Møtesalen", centreId: CENTRE });
const library = buildOrganisation({ name: "Biblioteket", kind: "service_unit" });
const types = catalogue();
// Friday 20 March 2026 (Oslo, UTC+1).
const DATE = "2026-03-20";

function setUp(me: Me, options: Partial<Parameters<typeof deskFormsHandlers>[1]> = {}) {
  const session: FakeSession = { me };
  const api = deskFormsHandlers(session, { organisations: [library], activityTypes: types, spaces: [hall, room], ...options });
  server.use(...sessionHandlers(session), ...api.handlers);
  return api;
}

/** Renders a form as the desk page shows it: signed in (the page has read the session and its CSRF token). */
function renderForm(ui: ReactNode) {
  setCsrfToken(TEST_CSRF_TOKEN);
  const user = userEvent.setup();
  render(
    <AppProviders queryClient={createQueryClient({ retry: false })} i18n={createI18n()} clock={() => THURSDAY_MORNING}>
      {ui}
    </AppProviders>,
  );
  return { user };
}

async function fillIn(user: ReturnType<typeof userEvent.setup>) {
  await user.selectOptions(await screen.findByRole("combobox", { name: "Organisasjon" }), "Biblioteket");
  await user.selectOptions(screen.getByRole("combobox", { name: "Aktivitet" }), "Språkkafé");
  await user.type(screen.getByRole("textbox", { name: "Tittel" }), "Forfatterbesøk");
  await user.type(screen.getByRole("textbox", { name: "Forventet antall deltakere" }), "40");
  await user.selectOptions(screen.getByRole("combobox", { name: "Rom" }), "Salen");
  await user.type(screen.getByRole("textbox", { name: "Fra klokken" }), "1800");
  await user.type(screen.getByRole("textbox", { name: "Til klokken" }), "20");
}

describe("the desk's booking form", () => {
  it("posts the booking with a bump and an admin's override, and lists what was bumped with its offers", async () => {
    const bumped = buildDeskBooking({ title: "Strikkekafé", organisation: { id: testId(), name: "Strikkeklubben" }, spaceId: hall.id });
    const offer = {
      id: testId(), bookingId: bumped.id, rank: 1, status: "open" as const, expiresAt: "2026-03-20T17:00:00Z",
      kind: "same_centre" as const, centreId: CENTRE, spaceId: room.id, start: "2026-03-20T17:00:00Z", end: "2026-03-20T19:00:00Z",
    };
    const api = setUp(buildMe({ roles: ["front_desk", "admin"] }), { createBooking: (request) => deskCreatedResponse(request, [{ booking: bumped, offers: [offer] }]) });
    const { user } = renderForm(<DeskBookingForm centreId={CENTRE} date={DATE} isAdmin />);
    await fillIn(user);
    expect(screen.getByLabelText("Dato")).toHaveValue(DATE);
    expect(screen.queryByRole("textbox", { name: "Hvorfor trengs tiden?" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("checkbox", { name: "Ta tiden fra lavere prioritet (bump)" }));
    await user.type(screen.getByRole("textbox", { name: "Hvorfor trengs tiden?" }), "Forfatterbesøk i bibliotekets regi");
    await user.click(screen.getByRole("checkbox", { name: "Overstyr varselfristen" }));
    await user.type(screen.getByRole("textbox", { name: "Begrunnelse for unntaket" }), "For kort");
    await user.click(screen.getByRole("button", { name: "Book" }));
    expect(screen.getByRole("textbox", { name: "Begrunnelse for unntaket" })).toHaveAccessibleDescription(expect.stringContaining("minst 10 tegn"));
    expect(api.bookings).toEqual([]);

    await user.type(screen.getByRole("textbox", { name: "Begrunnelse for unntaket" }), " varsel, avtalt med rådmannen");
    await user.click(screen.getByRole("button", { name: "Book" }));

    const result = await screen.findByRole("region", { name: "Bookingen er gjort" });
    expect(result).toHaveTextContent("Forfatterbesøk, fredag 20. mars 2026, 18:00–20:00, Salen.");
    const list = within(result).getByRole("list", { name: "Bookinger som ble flyttet bort" });
    expect(list).toHaveTextContent("Strikkekafé (Strikkeklubben)");
    expect(within(list).getByRole("list", { name: "Tilbud til Strikkeklubben" })).toHaveTextContent(
      "fredag 20. mars 2026, 18:00–20:00, Møtesalen, svarfrist fredag 20. mars 2026, 18:00",
    );
    expect(api.bookings).toHaveLength(1);
    expect(api.bookings[0]?.request).toEqual({
      spaceId: hall.id,
      organisationId: library.id,
      activityTypeId: types[0]?.id,
      title: "Forfatterbesøk",
      expectedAttendees: 40,
      start: "2026-03-20T18:00:00+01:00",
      end: "2026-03-20T20:00:00+01:00",
      visibility: "public",
      bump: { reason: "Forfatterbesøk i bibliotekets regi", override: { justification: "For kort varsel, avtalt med rådmannen" } },
    });
    expect(api.bookings[0]?.idempotencyKey).toBeTruthy();
  });

  it("shows a refused bump (422) in plain language, keeping what was typed; only admins may override", async () => {
    const api = setUp(buildMe({ roles: ["front_desk"] }), {
      createBooking: () => bumpRefusedResponse([{ bookingId: testId(), code: "bump_notice_too_short", params: { noticeDays: 14 } }]),
    });
    const { user } = renderForm(<DeskBookingForm centreId={CENTRE} date={DATE} />);
    await fillIn(user);
    await user.click(screen.getByRole("checkbox", { name: "Ta tiden fra lavere prioritet (bump)" }));
    expect(screen.queryByRole("checkbox", { name: "Overstyr varselfristen" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Book" }));
    const reason = screen.getByRole("textbox", { name: "Hvorfor trengs tiden?" });
    expect(reason).toHaveAccessibleDescription(expect.stringContaining("Skriv en årsak."));
    await waitFor(() => {
      expect(reason).toHaveFocus();
    });
    await user.type(reason, "Kommunestyremøte");
    await user.click(screen.getByRole("button", { name: "Book" }));

    const result = await screen.findByRole("region", { name: "Tiden kan ikke tas" });
    expect(result).toHaveTextContent("En booking kan bare tas over minst 14 dager før den starter.");
    expect(api.bookings[0]?.request.bump).toEqual({ reason: "Kommunestyremøte" });
    expect(screen.getByRole("textbox", { name: "Tittel" })).toHaveValue("Forfatterbesøk");
    expect(screen.getByRole("textbox", { name: "Fra klokken" })).toHaveValue("18:00");
  });

  it("offers the alternatives of a conflict (409) with the hint to bump; using one fills in the form", async () => {
    setUp(buildMe({ roles: ["front_desk"] }), {
      createBooking: () => conflictResponse([{ kind: "same_centre", centreId: CENTRE, spaceId: room.id, start: "2026-03-20T16:00:00Z", end: "2026-03-20T18:00:00Z" }]),
    });
    const { user } = renderForm(<DeskBookingForm centreId={CENTRE} date={DATE} />);
    await fillIn(user);
    await user.click(screen.getByRole("button", { name: "Book" }));

    const result = await screen.findByRole("region", { name: "Tiden er opptatt" });
    expect(result).toHaveTextContent("krysse av for «Ta tiden fra lavere prioritet (bump)»");
    await user.click(within(result).getByRole("button", { name: "Bruk fredag 20. mars 2026, 17:00–19:00, Møtesalen" }));
    expect(screen.getByRole("combobox", { name: "Rom" })).toHaveDisplayValue("Møtesalen");
    expect(screen.getByRole("textbox", { name: "Fra klokken" })).toHaveValue("17:00");
    expect(screen.getByRole("textbox", { name: "Tittel" })).toHaveValue("Forfatterbesøk");
  });
});

describe("the desk's block form", () => {
  it("shows who is hit (dry run), then blocks, cancelling only the checked bookings", async () => {
    const first = buildDeskBooking({ title: "Strikkekafé", spaceId: hall.id, start: "2026-03-20T15:00:00Z", end: "2026-03-20T16:00:00Z" });
    const second = buildDeskBooking({ title: "Leksehjelp", spaceId: room.id, start: "2026-03-20T16:00:00Z", end: "2026-03-20T17:00:00Z" });
    const api = setUp(buildMe({ roles: ["front_desk"] }), { hits: [first, second] });
    const { user } = renderForm(<BlockForm centreId={CENTRE} date={DATE} />);

    expect(await screen.findByRole("combobox", { name: "Rom" })).toHaveDisplayValue("Hele senteret");
    await user.type(screen.getByRole("textbox", { name: "Fra klokken" }), "14");
    await user.type(screen.getByRole("textbox", { name: "Til klokken" }), "22");
    await user.type(screen.getByRole("textbox", { name: "Årsak" }), "Vannlekkasje");
    await user.click(screen.getByRole("button", { name: "Se hvem som rammes" }));

    const hits = await screen.findByRole("group", { name: /^Bookinger som rammes/ });
    const boxes = within(hits).getAllByRole("checkbox", { name: "Avlys med varsel" });
    expect(boxes).toHaveLength(2);
    expect(boxes[0]).toHaveAccessibleDescription("Strikkekafé (NAV Asker), fredag 20. mars 2026, 16:00–17:00, Salen");
    await user.click(boxes[1] as HTMLElement);
    await user.click(screen.getByRole("button", { name: "Blokker" }));

    expect(await screen.findByRole("heading", { name: "Tiden er blokkert" })).toBeInTheDocument();
    expect(screen.getByText("Hele senteret, fredag 20. mars 2026, 14:00–22:00.")).toBeInTheDocument();
    expect(screen.getByText("1 booking ble avlyst med varsel.")).toBeInTheDocument();
    expect(screen.getByText("1 booking står fortsatt og må flyttes eller beholdes.")).toBeInTheDocument();
    const request = { centreId: CENTRE, start: "2026-03-20T14:00:00+01:00", end: "2026-03-20T22:00:00+01:00", reason: "Vannlekkasje" };
    expect(api.blocks).toEqual([{ ...request, dryRun: true }, { ...request, cancel: [second.id] }]);
  });
});
