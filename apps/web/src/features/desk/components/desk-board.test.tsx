import { screen, within } from "@testing-library/react";
import { sessionHandlers, type FakeSession } from "../../../testing/auth-handlers";
import { polyfillDialog } from "../../../testing/booking-actions-handlers";
import { buildBlock, buildBoard, buildBoardBooking, buildBoardSpace, buildHost, buildQueue } from "../../../testing/desk-factories";
import { deskHandlers } from "../../../testing/desk-handlers";
import { buildMe, sevenCentres } from "../../../testing/factories";
import { centresHandlers } from "../../../testing/handlers";
import { renderApp } from "../../../testing/render-app";
import { server } from "../../../testing/server";

function slemmestadDay() {
  const centres = sevenCentres();
  const centre = centres[2]!;
  const meetingRoom = buildBoardSpace({ name: "Møtesalen", capacity: 20 });
  const hall = buildBoardSpace({ name: "Salen", capacity: 80 });
  const board = buildBoard(centre.id, {
    spaces: [meetingRoom, hall],
    bookings: [
      buildBoardBooking({ centreId: centre.id, spaceId: meetingRoom.id, title: "Jobbklubb", noShows: 2 }),
      buildBoardBooking({
        centreId: centre.id,
        spaceId: meetingRoom.id,
        status: "requested",
        title: "Språkkafé",
        organisation: { id: centre.id, name: "Språkkafeen" },
        start: "2026-03-12T11:00:00Z",
        end: "2026-03-12T12:00:00Z",
      }),
      buildBoardBooking({ centreId: centre.id, spaceId: hall.id, status: "checked_in", title: "Strikkekafé", checkedInAt: "2026-03-12T09:00:00Z", start: "2026-03-12T09:00:00Z", end: "2026-03-12T11:00:00Z" }),
    ],
    blocks: [buildBlock(centre.id, { spaceId: hall.id, reason: "Vedlikehold" })],
  });
  return { centres, centre, board };
}

function signedInAsHost() {
  const day = slemmestadDay();
  const session: FakeSession = { me: buildHost(day.centre) };
  const desk = deskHandlers(session, { board: day.board, queue: buildQueue(day.centre.id, []) });
  server.use(...centresHandlers(day.centres), ...sessionHandlers(session), ...desk.handlers);
  return { ...day, calls: desk.calls };
}

beforeAll(polyfillDialog);

describe("the front desk's day", () => {
  it("shows one column per space with every booking and block labelled by state, and opens a booking from the board", async () => {
    const { centre, calls } = signedInAsHost();
    const { user } = renderApp({ path: `/vertskap?senter=${centre.id}&dato=2026-03-12&visning=tavle` });
    expect(await screen.findByRole("heading", { level: 1, name: "Vertskap" })).toBeInTheDocument();
    expect(await screen.findByText("Slemmestad")).toBeInTheDocument();
    const meetingRoom = await screen.findByRole("group", { name: "Møtesalen (plass til 20)" });
    const jobbklubb = await within(meetingRoom).findByRole("button", {
      name: "Jobbklubb, Bekreftet, torsdag 12. mars 2026, 18:00–20:00, NAV Asker, 2 uteblivelser",
    });
    expect(jobbklubb).toHaveTextContent("Bekreftet");
    expect(jobbklubb).toHaveTextContent("2 uteblivelser");
    expect(within(meetingRoom).getByRole("button", { name: /^Språkkafé, Forespurt, torsdag 12\. mars 2026, 12:00–13:00/ })).toHaveTextContent("Forespurt");
    const hall = screen.getByRole("group", { name: "Salen (plass til 80)" });
    expect(within(hall).getByRole("button", { name: /^Strikkekafé, Sjekket inn ✓/ })).toHaveTextContent("Sjekket inn ✓");
    expect(within(hall).getByRole("note", { name: /^Vedlikehold, Blokkert, torsdag 12\. mars 2026, 08:00–09:00/ })).toHaveTextContent("Blokkert");
    expect(calls.boardRequests).toBeGreaterThan(0);

    await user.click(jobbklubb);
    const dialog = within(await screen.findByRole("dialog", { name: "Jobbklubb" }));
    expect(dialog.getByText("torsdag 12. mars 2026, 18:00–20:00")).toBeInTheDocument();
    expect(dialog.getByRole("button", { name: "Sjekk inn" })).toHaveFocus();
  });

  it("lists the same day as tables by space, operable from the keyboard, and checks a booking in", async () => {
    const { centre, calls, board } = signedInAsHost();
    const { user } = renderApp({ path: `/vertskap?senter=${centre.id}&dato=2026-03-12` });
    await user.click(await screen.findByRole("radio", { name: "Liste" }));
    const table = await screen.findByRole("table", { name: "Møtesalen" });
    const rows = within(table).getAllByRole("row");
    expect(rows[1]).toHaveTextContent("12:00–13:00SpråkkaféSpråkkafeenForespurt");
    expect(rows[2]).toHaveTextContent("18:00–20:00JobbklubbNAV AskerBekreftet2 uteblivelser");
    const hall = screen.getByRole("table", { name: "Salen" });
    expect(within(hall).getByText("Blokkert")).toBeInTheDocument();
    expect(within(hall).getByText("Sjekket inn ✓")).toBeInTheDocument();

    const open = within(table).getByRole("button", { name: "Åpne Jobbklubb, 18:00–20:00" });
    open.focus();
    await user.keyboard("{Enter}");
    const dialog = within(await screen.findByRole("dialog", { name: "Jobbklubb" }));
    const before = calls.boardRequests;
    await user.click(dialog.getByRole("button", { name: "Sjekk inn" }));
    expect(await screen.findByText("Jobbklubb er sjekket inn.")).toBeInTheDocument();
    expect(calls.checkedIn).toEqual([{ id: board.bookings[0]!.id, ifMatch: '"1"' }]);
    await screen.findByRole("table", { name: "Møtesalen" });
    expect(calls.boardRequests).toBeGreaterThan(before);
  });

  it("goes to the next day and back to today", async () => {
    const { centre } = signedInAsHost();
    const { user, router } = renderApp({ path: `/vertskap?senter=${centre.id}` });
    await screen.findByRole("heading", { level: 2, name: "Tavle, torsdag 12. mars 2026" });
    await user.click(screen.getByRole("button", { name: /Neste dag/ }));
    expect(await screen.findByRole("heading", { level: 2, name: "Tavle, fredag 13. mars 2026" })).toBeInTheDocument();
    expect(router.state.location.search).toContain("dato=2026-03-13");
    await user.click(screen.getByRole("button", { name: "I dag" }));
    expect(await screen.findByRole("heading", { level: 2, name: "Tavle, torsdag 12. mars 2026" })).toBeInTheDocument();
  });

  it("tells a signed-in user who is neither host nor admin that they have no access, and shows no link", async () => {
    const session: FakeSession = { me: buildMe() };
    server.use(...sessionHandlers(session));
    renderApp({ path: "/vertskap" });
    expect(await screen.findByText(/Du har ikke tilgang til vertskapet/)).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Vertskap" })).not.toBeInTheDocument();
  });

  it("links a host to the front desk from the account menu", async () => {
    signedInAsHost();
    renderApp({ path: "/" });
    expect(await screen.findByRole("link", { name: "Vertskap" })).toHaveAttribute("href", "/vertskap");
  });
});
