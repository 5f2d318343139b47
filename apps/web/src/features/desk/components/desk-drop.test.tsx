import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AppProviders } from "../../../app/providers";
import { setCsrfToken } from "../../../lib/csrf-token";
import { createI18n } from "../../../lib/i18n/create-i18n";
import { createQueryClient } from "../../../lib/query-client";
import { polyfillDialog } from "../../../testing/booking-actions-handlers";
import { buildBoard, buildBoardBooking, buildHost, buildQueue } from "../../../testing/desk-factories";
import { deskHandlers } from "../../../testing/desk-handlers";
import { buildSpace, sevenCentres } from "../../../testing/factories";
import { THURSDAY_MORNING } from "../../../testing/render-app";
import { server } from "../../../testing/server";
import { BookingPanel } from "./booking-panel";

beforeAll(polyfillDialog);
afterEach(() => { setCsrfToken(null); });

// Dragging itself needs a real browser; here the board's drop (same space, 19:00–21:00) reaches the panel.
describe("a booking dropped on the board", () => {
  it("moves nothing until the host confirms the dropped time with a reason, with If-Match", async () => {
    const slemmestad = sevenCentres()[2]!;
    const room = buildSpace({ centreId: slemmestad.id, name: "Møtesalen" });
    const booking = buildBoardBooking({ centreId: slemmestad.id, spaceId: room.id, title: "Jobbklubb", version: 3 });
    const session = { me: buildHost(slemmestad) };
    const api = deskHandlers(session, { board: buildBoard(slemmestad.id, { bookings: [booking] }), queue: buildQueue(slemmestad.id, []), spaces: [room] });
    server.use(...api.handlers);
    setCsrfToken(session.me.csrfToken);
    const dropped = { bookingId: booking.id, spaceId: room.id, start: "2026-03-12T18:00:00Z", end: "2026-03-12T20:00:00Z" };
    const onDone = jest.fn();
    const user = userEvent.setup();
    render(
      <AppProviders queryClient={createQueryClient({ retry: false })} i18n={createI18n()} clock={() => THURSDAY_MORNING}>
        <BookingPanel booking={booking} spaceName="Møtesalen" centreName={() => "Slemmestad"} dropped={dropped} onClose={jest.fn()} onDone={onDone} />
      </AppProviders>,
    );
    const dialog = within(await screen.findByRole("dialog", { name: "Flytt «Jobbklubb»" }));
    expect(dialog.getByText("Tiden du dro til")).toBeInTheDocument();
    const moveHere = await dialog.findByRole("button", { name: "Flytt hit: Møtesalen, Slemmestad, torsdag 12. mars 2026, 19:00–21:00" });
    await user.click(moveHere);
    expect(dialog.getByText("Skriv en begrunnelse før du flytter.")).toBeInTheDocument();
    expect(api.calls.moved).toEqual([]);

    await user.type(dialog.getByRole("textbox", { name: /Begrunnelse for flyttingen/ }), "Avtalt med laget");
    await user.click(moveHere);
    await waitFor(() => { expect(onDone).toHaveBeenCalledWith("Jobbklubb er flyttet."); });
    expect(api.calls.moved).toEqual([
      { id: booking.id, ifMatch: '"3"', move: { spaceId: room.id, start: "2026-03-12T18:00:00Z", end: "2026-03-12T20:00:00Z", reason: "Avtalt med laget" } },
    ]);
  });
});
