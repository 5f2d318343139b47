import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { BookingDetail, Me } from "@sambruk/contracts";
import { myBookingsHandlers, sessionHandlers } from "../../../testing/auth-handlers";
import { bookingActionsHandlers } from "../../../testing/booking-actions-handlers";
import { buildBookingDetail, buildCentre, buildMe, TEST_CSRF_TOKEN } from "../../../testing/factories";
import { centresHandlers, problemResponse } from "../../../testing/handlers";
import { renderApp } from "../../../testing/render-app";
import { server } from "../../../testing/server";

const heggedal = buildCentre({ name: "Heggedal" });

/** Nils's own booking tonight (the test clock says Thursday morning), at version 3. */
function tonight(me: Me, overrides: Partial<BookingDetail> = {}): BookingDetail {
  return buildBookingDetail({
    title: "Jobbklubb",
    centreId: heggedal.id,
    version: 3,
    bookedBy: { id: me.user.id, displayName: "Nils" },
    ...overrides,
  });
}

function signedInWith(bookingsOf: (me: Me) => BookingDetail[], cancel?: (booking: BookingDetail) => Response | undefined) {
  const me = buildMe();
  const session = { me };
  const store = bookingsOf(me);
  const actions = bookingActionsHandlers(store, cancel ? { cancel } : {});
  server.use(
    ...sessionHandlers(session),
    ...myBookingsHandlers(session, () => store).handlers,
    ...centresHandlers([heggedal]),
    ...actions.handlers,
  );
  return { me, store, writes: actions.writes };
}

async function row(title: string) {
  const heading = await screen.findByRole("heading", { level: 2, name: title });
  return heading.closest("li") as HTMLElement;
}

const advance = (ms: number) => {
  act(() => {
    jest.advanceTimersByTime(ms);
  });
};

describe("cancelling a booking, with an undo window", () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });
  const setUpUser = () => userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });

  it("shows the booking as cancelled at once, and an undo within the window sends nothing", async () => {
    const { writes } = signedInWith((me) => [tonight(me)]);
    const user = setUpUser();
    renderApp({ path: "/mine-bookinger" });
    const item = await row("Jobbklubb");
    expect(within(item).getByText("Bekreftet")).toBeInTheDocument();

    await user.click(within(item).getByRole("button", { name: "Avlys Jobbklubb" }));

    expect(within(item).getByText("Avlyst")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Jobbklubb er avlyst. Du kan angre i 5 sekunder.");
    const undo = within(item).getByRole("button", { name: "Angre avlysningen av Jobbklubb" });
    expect(undo).toHaveFocus();

    advance(4000);
    await user.click(undo);

    expect(await within(item).findByText("Bekreftet")).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.getByRole("status")).toHaveTextContent("Avlysningen av Jobbklubb er angret.");
    });
    expect(within(item).getByRole("button", { name: "Avlys Jobbklubb" })).toHaveFocus();
    advance(10_000);
    expect(writes).toEqual([]);
  });

  it("sends the cancellation with If-Match after the window; then it stays cancelled and undo is gone", async () => {
    const { writes, store } = signedInWith((me) => [tonight(me)]);
    const user = setUpUser();
    renderApp({ path: "/mine-bookinger" });
    const item = await row("Jobbklubb");

    await user.click(within(item).getByRole("button", { name: "Avlys Jobbklubb" }));
    advance(4900);
    expect(writes).toEqual([]);
    advance(100);

    await waitFor(() => {
      expect(writes).toEqual([{ kind: "cancel", id: store[0]?.id, ifMatch: '"3"', csrf: TEST_CSRF_TOKEN }]);
    });
    await waitFor(() => {
      expect(screen.getByRole("status")).toHaveTextContent("Jobbklubb er avlyst.");
    });
    expect(within(item).queryByRole("button", { name: /Angre/ })).not.toBeInTheDocument();
    expect(within(item).queryByRole("button", { name: /Avlys/ })).not.toBeInTheDocument();
    expect(within(item).getByText("Avlyst")).toBeInTheDocument();
    expect(store[0]?.status).toBe("cancelled");
  });

  it.each([
    [409, "booking_not_editable", "Denne bookingen kan ikke endres lenger."],
    [412, "precondition_failed", "Bookingen er endret av noen andre i mellomtiden."],
    [401, "authentication_required", "Du må logge inn for å gjøre dette."],
  ] as const)("rolls back on %i and says why", async (status, code, message) => {
    const { writes } = signedInWith((me) => [tonight(me)], () => problemResponse(status, code));
    const user = setUpUser();
    renderApp({ path: "/mine-bookinger" });
    const item = await row("Jobbklubb");

    await user.click(within(item).getByRole("button", { name: "Avlys Jobbklubb" }));
    expect(within(item).getByText("Avlyst")).toBeInTheDocument();
    advance(5000);

    expect(await within(item).findByText(new RegExp(`^Bookingen ble ikke avlyst\\. ${message}`))).toBeInTheDocument();
    expect(within(item).getByText("Bekreftet")).toBeInTheDocument();
    expect(within(item).queryByText("Avlyst")).not.toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent(`Jobbklubb ble ikke avlyst: ${message}`);
    expect(writes).toHaveLength(1);
  });

  it("offers the actions only on bookings the user may change", async () => {
    signedInWith((me) => {
      const viewOnly = me.memberships[2];
      return [
        tonight(me),
        tonight(me, { title: "Avlyst møte", status: "cancelled" }),
        tonight(me, {
          title: "Språkkafé",
          bookedBy: { id: "00000000-0000-4000-8000-0000000000aa", displayName: "Noen andre" },
          organisation: { id: viewOnly?.organisationId ?? "", name: "Språkkafeen" },
        }),
      ];
    });
    renderApp({ path: "/mine-bookinger" });

    expect(within(await row("Jobbklubb")).getByRole("button", { name: "Endre Jobbklubb" })).toBeInTheDocument();
    expect(within(await row("Avlyst møte")).queryByRole("button")).not.toBeInTheDocument();
    expect(within(await row("Språkkafé")).queryByRole("button")).not.toBeInTheDocument();
  });
});
