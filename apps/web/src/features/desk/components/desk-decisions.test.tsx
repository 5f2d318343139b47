import { screen, within } from "@testing-library/react";
import { http } from "msw";
import { sessionHandlers, type FakeSession } from "../../../testing/auth-handlers";
import { polyfillDialog } from "../../../testing/booking-actions-handlers";
import { buildBoard, buildBoardBooking, buildBoardSpace, buildHost, buildQueue, buildQueuedRequest } from "../../../testing/desk-factories";
import { deskHandlers, type FakeDesk } from "../../../testing/desk-handlers";
import { buildSpace, sevenCentres } from "../../../testing/factories";
import { apiUrl, centresHandlers, problemResponse } from "../../../testing/handlers";
import { renderApp } from "../../../testing/render-app";
import { server } from "../../../testing/server";

beforeAll(polyfillDialog);

function setUp(build: (centreId: string, spaceId: string) => Omit<FakeDesk, "board">) {
  const centres = sevenCentres();
  const slemmestad = centres[2]!;
  const room = buildBoardSpace({ name: "Møtesalen" });
  const desk: FakeDesk = { board: buildBoard(slemmestad.id, { spaces: [room] }), ...build(slemmestad.id, room.id) };
  const session: FakeSession = { me: buildHost(slemmestad) };
  const api = deskHandlers(session, desk);
  server.use(...centresHandlers(centres), ...sessionHandlers(session), ...api.handlers);
  return { centres, slemmestad, room, desk, calls: api.calls };
}

describe("the queue", () => {
  function competing() {
    return setUp((centreId, spaceId) => {
      const first = buildQueuedRequest({ centreId, spaceId, title: "Språkkafé" });
      const second = buildQueuedRequest({ centreId, spaceId, title: "Leksehjelp", organisation: { id: spaceId, name: "Røde Kors Røyken" }, createdAt: "2026-03-10T08:00:00Z" });
      return { queue: buildQueue(centreId, [{ requests: [first, second], holders: [], collisions: { [first.id]: [second.id], [second.id]: [first.id] } }]) };
    });
  }

  it("shows each request of a conflict set with its tier, time sent and findings; approving sends If-Match and refreshes", async () => {
    const { slemmestad, calls, desk } = competing();
    const approvedId = desk.queue.sets[0]!.requests[0]!.id;
    const { user } = renderApp({ path: `/vertskap?senter=${slemmestad.id}&dato=2026-03-12&visning=ko` });
    const card = within(await screen.findByRole("article", { name: "Språkkafé" }));
    expect(card.getByText(/Språkkafeen · torsdag 12\. mars 2026, 18:00–20:00 · Møtesalen/)).toBeInTheDocument();
    expect(card.getByText("Frivillig lag")).toBeInTheDocument();
    expect(card.getByText(/Sendt 9\. mars 2026, 09:00/)).toBeInTheDocument();
    expect(card.getByRole("list", { name: "Hvorfor den venter" })).toHaveTextContent("Dette rommet krever godkjenning.");
    expect(screen.getByRole("heading", { level: 3, name: "Konkurrerende forespørsler, torsdag 12. mars 2026, 18:00–20:00" })).toBeInTheDocument();

    await user.click(card.getByRole("button", { name: "Godkjenn: Språkkafé" }));
    const dialog = within(await screen.findByRole("dialog", { name: "Godkjenne «Språkkafé»?" }));
    expect(dialog.getByText(/Den andre forespørselen i settet blir avslått automatisk/)).toBeInTheDocument();
    const queueRequests = calls.queueRequests;
    await user.click(dialog.getByRole("button", { name: "Godkjenn" }));
    expect(await screen.findByText("Språkkafé er godkjent. 1 konkurrerende forespørsel ble avslått.")).toBeInTheDocument();
    expect(calls.approved).toEqual([{ id: approvedId, ifMatch: '"1"' }]);
    expect(await screen.findByText("Ingen forespørsler venter")).toBeInTheDocument();
    expect(calls.queueRequests).toBeGreaterThan(queueRequests);
  });

  it("rejects with a required reason", async () => {
    const { slemmestad, calls } = competing();
    const { user } = renderApp({ path: `/vertskap?senter=${slemmestad.id}&visning=ko` });
    await user.click(await screen.findByRole("button", { name: "Avslå: Leksehjelp" }));
    const dialog = within(await screen.findByRole("dialog", { name: "Avslå «Leksehjelp»" }));
    await user.click(dialog.getByRole("button", { name: "Avslå" }));
    expect(dialog.getByText("Skriv en begrunnelse.")).toBeInTheDocument();
    expect(calls.rejected).toEqual([]);
    await user.type(dialog.getByRole("textbox", { name: "Begrunnelse" }), "Rommet er pusset opp den dagen");
    await user.click(dialog.getByRole("button", { name: "Avslå" }));
    expect(await screen.findByText("Leksehjelp er avslått.")).toBeInTheDocument();
    expect(calls.rejected).toEqual([expect.objectContaining({ ifMatch: '"1"', reason: "Rommet er pusset opp den dagen" })]);
  });

  it("asks for a change with a required message; the request keeps waiting with it", async () => {
    const { slemmestad, calls, desk } = competing();
    const askedId = desk.queue.sets[0]!.requests[1]!.id;
    const { user } = renderApp({ path: `/vertskap?senter=${slemmestad.id}&visning=ko` });
    await user.click(await screen.findByRole("button", { name: "Be om endring: Leksehjelp" }));
    const dialog = within(await screen.findByRole("dialog", { name: "Be om endring av «Leksehjelp»" }));
    await user.click(dialog.getByRole("button", { name: "Send" }));
    expect(dialog.getByText("Skriv hva dere ønsker endret.")).toBeInTheDocument();
    expect(calls.changeRequested).toEqual([]);
    const queueRequests = calls.queueRequests;
    await user.type(dialog.getByRole("textbox", { name: "Hva ønsker dere endret?" }), "Kan dere ta Storsalen B i stedet, eller starte 19:00?");
    await user.click(dialog.getByRole("button", { name: "Send" }));
    expect(await screen.findByText("Bookeren av Leksehjelp er bedt om en endring.")).toBeInTheDocument();
    expect(calls.changeRequested).toEqual([{ id: askedId, ifMatch: '"1"', message: "Kan dere ta Storsalen B i stedet, eller starte 19:00?" }]);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    const card = within(await screen.findByRole("article", { name: "Leksehjelp" }));
    expect(await card.findByText("Endring etterspurt: Kan dere ta Storsalen B i stedet, eller starte 19:00?")).toBeInTheDocument();
    expect(calls.queueRequests).toBeGreaterThan(queueRequests);
  });

  it("says so when nothing waits", async () => {
    const { slemmestad } = setUp((centreId) => ({ queue: buildQueue(centreId, []) }));
    renderApp({ path: `/vertskap?senter=${slemmestad.id}&visning=ko` });
    expect(await screen.findByText("Ingen forespørsler venter")).toBeInTheDocument();
  });
});

describe("moving a booking", () => {
  function withAlternatives() {
    const centres = sevenCentres();
    const spikkestad = centres[3]!;
    let hallId = "";
    const storstua = buildSpace({ centreId: spikkestad.id, name: "Storstua" });
    const setup = setUp((centreId, spaceId) => {
      const hall = buildSpace({ centreId, name: "Salen" });
      hallId = hall.id;
      return {
        queue: buildQueue(centreId, []),
        spaces: [hall, buildSpace({ id: spaceId, centreId, name: "Møtesalen" }), storstua],
        alternatives: [
          { kind: "same_centre", centreId, spaceId: hall.id, start: "2026-03-12T17:00:00Z", end: "2026-03-12T19:00:00Z" },
          { kind: "other_centre", centreId: spikkestad.id, spaceId: storstua.id, start: "2026-03-12T17:00:00Z", end: "2026-03-12T19:00:00Z" },
        ],
      };
    });
    const booking = buildBoardBooking({ centreId: setup.slemmestad.id, spaceId: setup.room.id, title: "Jobbklubb", version: 3 });
    setup.desk.board = { ...setup.desk.board, bookings: [booking] };
    // The other centre of the alternatives, beside the host's own.
    server.use(...centresHandlers([setup.slemmestad, spikkestad]));
    return { ...setup, booking, hallId, spikkestad };
  }

  async function openMove(path: string) {
    const view = renderApp({ path });
    await view.user.click(await screen.findByRole("button", { name: "Åpne Jobbklubb, 18:00–20:00" }));
    const panel = within(await screen.findByRole("dialog", { name: "Jobbklubb" }));
    await view.user.click(panel.getByRole("button", { name: "Flytt" }));
    return { ...view, dialog: within(await screen.findByRole("dialog", { name: "Flytt «Jobbklubb»" })) };
  }

  it("lists the alternatives by kind and moves to one with the reason and If-Match", async () => {
    const { slemmestad, calls, booking, hallId } = withAlternatives();
    const { user, dialog } = await openMove(`/vertskap?senter=${slemmestad.id}&dato=2026-03-12&visning=liste`);
    const list = await dialog.findByRole("list", { name: "Ledige alternativer" });
    const [same, other] = within(list).getAllByRole("listitem");
    expect(same).toHaveTextContent("Annet rom i huset");
    expect(await within(same!).findByText("Salen, Slemmestad")).toBeInTheDocument();
    expect(other).toHaveTextContent("Nærmeste sentre");
    expect(await within(other!).findByText("Storstua, Spikkestad")).toBeInTheDocument();

    const moveHere = within(same!).getByRole("button", { name: "Flytt hit: Salen, Slemmestad, torsdag 12. mars 2026, 18:00–20:00" });
    await user.click(moveHere);
    expect(dialog.getByText("Skriv en begrunnelse før du flytter.")).toBeInTheDocument();
    expect(dialog.getByRole("textbox", { name: /Begrunnelse for flyttingen/ })).toHaveFocus();
    expect(calls.moved).toEqual([]);

    await user.type(dialog.getByRole("textbox", { name: /Begrunnelse for flyttingen/ }), "Vannlekkasje i Møtesalen");
    await user.click(moveHere);
    expect(await screen.findByText("Jobbklubb er flyttet.")).toBeInTheDocument();
    expect(calls.moved).toEqual([
      {
        id: booking.id,
        ifMatch: '"3"',
        move: { spaceId: hallId, start: "2026-03-12T17:00:00Z", end: "2026-03-12T19:00:00Z", reason: "Vannlekkasje i Møtesalen" },
      },
    ]);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("reloads the board with a message when the booking changed meanwhile (412)", async () => {
    const { slemmestad, calls } = withAlternatives();
    server.use(http.post(apiUrl("/desk/bookings/:id/move"), () => problemResponse(412, "precondition_failed")));
    const { user, dialog } = await openMove(`/vertskap?senter=${slemmestad.id}&dato=2026-03-12&visning=liste`);
    await user.type(dialog.getByRole("textbox", { name: /Begrunnelse for flyttingen/ }), "Vannlekkasje");
    const before = calls.boardRequests;
    await user.click((await dialog.findAllByRole("button", { name: /^Flytt hit/ }))[0]!);
    const alert = await dialog.findByRole("alert");
    expect(alert).toHaveTextContent("Bookingen er endret av noen andre i mellomtiden.");
    expect(alert).toHaveTextContent("Tavla og køen er lastet inn på nytt.");
    expect(calls.boardRequests).toBeGreaterThan(before);
  });
});
