import { screen, within } from "@testing-library/react";
import { SpaceList, type BookingDetail, type MyBookingsQuery } from "@sambruk/contracts";
import { http, HttpResponse } from "msw";
import { myBookingsHandlers, sessionHandlers, type FakeSession } from "../../testing/auth-handlers";
import { buildBookingDetail, buildCentre, buildMe, buildSpace } from "../../testing/factories";
import { apiUrl, centresHandlers, problemResponse } from "../../testing/handlers";
import { renderApp } from "../../testing/render-app";
import { server } from "../../testing/server";

const heggedal = buildCentre({ name: "Heggedal" });

function signedInWith(bookingsFor: (query: MyBookingsQuery) => BookingDetail[], me = buildMe()) {
  const session: FakeSession = { me };
  const bookings = myBookingsHandlers(session, bookingsFor);
  server.use(...sessionHandlers(session), ...bookings.handlers, ...centresHandlers([heggedal]));
  return { session, queries: bookings.queries };
}

describe("my bookings page", () => {
  it("lists the user's own upcoming bookings with Oslo times and the status in words", async () => {
    const { queries } = signedInWith(() => [
      buildBookingDetail({ title: "Jobbklubb", centreId: heggedal.id, status: "confirmed" }),
      buildBookingDetail({
        title: "CV-verksted",
        start: "2026-03-19T09:00:00Z",
        end: "2026-03-19T11:00:00Z",
        status: "requested",
      }),
    ]);
    renderApp({ path: "/mine-bookinger" });

    const list = await screen.findByRole("list", { name: "Bookinger" });
    const [first, second] = within(list).getAllByRole("listitem") as [HTMLElement, HTMLElement];
    expect(within(first).getByRole("heading", { level: 2, name: "Jobbklubb" })).toBeInTheDocument();
    expect(within(first).getByText("torsdag 12. mars 2026, 18:00–20:00")).toBeInTheDocument();
    expect(within(first).getByText("Bekreftet")).toBeInTheDocument();
    expect(within(first).getByText(/^Heggedal, rom-ID/)).toBeInTheDocument();
    expect(within(second).getByText("torsdag 19. mars 2026, 10:00–12:00")).toBeInTheDocument();
    expect(within(second).getByText("Venter på godkjenning")).toBeInTheDocument();
    expect(within(second).getByText(/^Lokalsenter-ID/)).toBeInTheDocument();
    expect(queries).toEqual([{ period: "upcoming" }]);
    expect(document.title).toBe("Mine bookinger – Sambruk");
  });

  it("names the room once the list of rooms has come", async () => {
    const room = buildSpace({ name: "Storsalen B", centreId: heggedal.id });
    signedInWith(() => [buildBookingDetail({ title: "Språkkafé", centreId: heggedal.id, spaceId: room.id })]);
    server.use(http.get(apiUrl("/spaces"), () => HttpResponse.json(SpaceList.parse([room]))));
    renderApp({ path: "/mine-bookinger" });
    expect(await screen.findByText("Heggedal, Storsalen B")).toBeInTheDocument();
  });

  it("shows an organisation's past bookings, and says when there are none", async () => {
    const me = buildMe();
    const nav = me.memberships[0]?.organisationId;
    const { queries } = signedInWith(
      (query) => (query.organisationId === nav && query.period === "past" ? [buildBookingDetail({ title: "Fagdag" })] : []),
      me,
    );
    const { user, router } = renderApp({ path: "/mine-bookinger" });
    expect(await screen.findByText("Det er ingen kommende bookinger.")).toBeInTheDocument();

    const whose = screen.getByRole("combobox", { name: "Vis bookinger for" });
    expect(within(whose).getAllByRole("option").map((option) => option.textContent)).toEqual([
      "Meg selv",
      "NAV Asker",
      "Asker frivilligsentral",
      "Språkkafeen (bare se)",
    ]);
    await user.selectOptions(whose, "NAV Asker");
    await user.click(screen.getByRole("radio", { name: "Tidligere" }));

    expect(await screen.findByRole("heading", { level: 2, name: "Fagdag" })).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "Tidligere" })).toBeChecked();
    expect(router.state.location.search).toBe(`?organisasjon=${String(nav)}&periode=tidligere`);
    expect(queries).toContainEqual({ organisationId: nav, period: "past" });

    await user.selectOptions(whose, "Språkkafeen (bare se)");
    expect(await screen.findByText("Det er ingen tidligere bookinger.")).toBeInTheDocument();
  });

  it("asks a signed-out visitor to log in, coming back here", async () => {
    renderApp({ path: "/mine-bookinger" });

    expect(await screen.findByText("Du må logge inn for å se bookingene dine.")).toBeInTheDocument();
    const main = within(screen.getByRole("main"));
    expect(main.getByRole("link", { name: "Logg inn" })).toHaveAttribute("href", "/logg-inn?returnTo=%2Fmine-bookinger");
  });

  it("shows a translated error with a retry when the list cannot be loaded", async () => {
    signedInWith(() => [buildBookingDetail({ title: "Jobbklubb" })]);
    server.use(http.get(apiUrl("/me/bookings"), () => problemResponse(503, "database_unavailable"), { once: true }));
    const { user } = renderApp({ path: "/mine-bookinger" });

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Tjenesten er midlertidig utilgjengelig.");
    await user.click(within(alert).getByRole("button", { name: "Prøv igjen" }));
    expect(await screen.findByRole("heading", { level: 2, name: "Jobbklubb" })).toBeInTheDocument();
  });

  it("shows the signed-out state when the session has ended meanwhile", async () => {
    const { session } = signedInWith(() => []);
    const { user } = renderApp({ path: "/mine-bookinger" });
    await screen.findByText("Det er ingen kommende bookinger.");

    session.me = null;
    await user.click(screen.getByRole("radio", { name: "Tidligere" }));

    expect(await screen.findByText("Du må logge inn for å se bookingene dine.")).toBeInTheDocument();
    expect(within(screen.getByRole("banner")).getByRole("link", { name: "Logg inn" })).toBeInTheDocument();
  });
});
