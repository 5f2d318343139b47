import { screen, waitFor, within } from "@testing-library/react";
import { myBookingsHandlers, sessionHandlers, type FakeSession } from "../../testing/auth-handlers";
import { buildBookingContext, buildSpace, catalogue } from "../../testing/booking-factories";
import { bookingHandlers } from "../../testing/booking-handlers";
import { buildBookingDetail, buildMe } from "../../testing/factories";
import { conflictResponse } from "../../testing/handlers";
import { renderApp } from "../../testing/render-app";
import { server } from "../../testing/server";
import { buildWaitlistEntry, waitlistHandlers } from "../../testing/waitlist-handlers";

const space = buildSpace({ name: "Språkrommet" });
const types = catalogue();
// Tuesday 17 March 2026, 18:00–20:00 in Oslo (UTC+1).
const PATH = `/book?spaceId=${space.id}&start=2026-03-17T17:00:00Z&end=2026-03-17T19:00:00Z`;

afterEach(() => {
  window.sessionStorage.clear();
});

describe("the waitlist", () => {
  it("puts the same booking on the waitlist from a taken time (409) and says the place in line", async () => {
    const session: FakeSession = { me: buildMe() };
    const booking = bookingHandlers(session, {
      spaces: [space],
      activityTypes: types,
      contextFor: () => buildBookingContext(space),
      create: () => conflictResponse([]),
    });
    const waitlist = waitlistHandlers(session, [], { ahead: 2 });
    server.use(...sessionHandlers(session), ...booking.handlers, ...waitlist.handlers);
    const { user } = renderApp({ path: PATH });

    await user.selectOptions(await screen.findByRole("combobox", { name: "Aktivitet" }), "Språkkafé");
    await user.type(screen.getByRole("textbox", { name: "Tittel" }), "Språkkafé for voksne");
    await user.type(screen.getByRole("textbox", { name: "Forventet antall deltakere" }), "18");
    await user.click(screen.getByRole("button", { name: "Send bookingen" }));

    const result = await screen.findByRole("region", { name: "Noen var raskere" });
    await user.click(within(result).getByRole("button", { name: "Sett meg på venteliste" }));

    expect(await within(result).findByText("Du er nr. 3 i køen. Vi sier fra hvis tiden blir ledig.")).toBeInTheDocument();
    expect(within(result).queryByRole("button", { name: "Sett meg på venteliste" })).not.toBeInTheDocument();
    const sent = booking.sent[0]?.request;
    expect(waitlist.joined).toEqual([
      {
        spaceId: space.id,
        organisationId: sent?.organisationId,
        activityTypeId: sent?.activityTypeId,
        title: "Språkkafé for voksne",
        expectedAttendees: 18,
        start: "2026-03-17T18:00:00+01:00",
        end: "2026-03-17T20:00:00+01:00",
        visibility: "public",
      },
    ]);
  });

  it("lists my entries on My bookings, and accepts an offered time there", async () => {
    const session: FakeSession = { me: buildMe() };
    const offered = buildWaitlistEntry({ title: "Leksehjelp", status: "offered", position: null, offerExpiresAt: "2026-03-12T11:30:00Z" });
    const waiting = buildWaitlistEntry({ title: "Strikkekafé", position: 2 });
    const waitlist = waitlistHandlers(session, [offered, waiting]);
    let bookingsAsked = 0;
    const bookings = myBookingsHandlers(session, () => {
      bookingsAsked += 1;
      return bookingsAsked > 1 ? [buildBookingDetail({ title: "Leksehjelp" })] : [];
    });
    server.use(...sessionHandlers(session), ...bookings.handlers, ...waitlist.handlers);
    const { user } = renderApp({ path: "/mine-bookinger" });

    const list = await screen.findByRole("list", { name: "Ventelisten din" });
    expect(list.closest("section")).toHaveAttribute("id", "venteliste");
    const [first, second] = within(list).getAllByRole("listitem") as [HTMLElement, HTMLElement];
    expect(within(first).getByText("Tilbudt deg")).toBeInTheDocument();
    expect(first).toHaveTextContent("Svar innen torsdag 12. mars 2026, 12:30");
    expect(within(second).getByText("Venter")).toBeInTheDocument();
    expect(second).toHaveTextContent("Nr. 2 i køen");
    expect(within(second).queryByRole("button", { name: "Ta imot" })).not.toBeInTheDocument();
    expect(within(second).getByRole("button", { name: "Forlat køen" })).toHaveAccessibleDescription("Strikkekafé");

    await user.click(within(first).getByRole("button", { name: "Ta imot" }));

    expect(await screen.findByText("Du har fått tiden: Leksehjelp, tirsdag 17. mars 2026, 18:00–20:00.")).toBeInTheDocument();
    expect(waitlist.actions).toEqual([{ id: offered.id, action: "accept" }]);
    await waitFor(() => {
      expect(within(first).getByText("Tatt imot")).toBeInTheDocument();
    });
    expect(await screen.findByRole("heading", { level: 2, name: "Leksehjelp" })).toBeInTheDocument();
  });

  it("leaves the line, and says when there is nothing to wait for", async () => {
    const session: FakeSession = { me: buildMe() };
    const waitlist = waitlistHandlers(session, [buildWaitlistEntry({ title: "Strikkekafé" })]);
    server.use(...sessionHandlers(session), ...myBookingsHandlers(session, () => []).handlers, ...waitlist.handlers);
    const { user } = renderApp({ path: "/mine-bookinger" });

    await user.click(await screen.findByRole("button", { name: "Forlat køen" }));
    expect(await screen.findByText("Du har forlatt køen for Strikkekafé.")).toBeInTheDocument();
    expect(await screen.findByText("Forlatt køen")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Forlat køen" })).not.toBeInTheDocument();
  });

  it("has an empty state", async () => {
    const session: FakeSession = { me: buildMe() };
    server.use(...sessionHandlers(session), ...myBookingsHandlers(session, () => []).handlers);
    renderApp({ path: "/mine-bookinger" });
    expect(await screen.findByText("Du står ikke på noen venteliste.")).toBeInTheDocument();
  });
});
