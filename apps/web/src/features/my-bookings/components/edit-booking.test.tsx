import { screen, waitFor, within } from "@testing-library/react";
import type { BookingDetail, Me, UpdateBooking } from "@sambruk/contracts";
import { myBookingsHandlers, sessionHandlers } from "../../../testing/auth-handlers";
import { bookingActionsHandlers, polyfillDialog, ruleContextHandlers } from "../../../testing/booking-actions-handlers";
import { buildBookingDetail, buildCentre, buildMe, testId, TEST_CSRF_TOKEN } from "../../../testing/factories";
import { centresHandlers, conflictResponse, refusedResponse } from "../../../testing/handlers";
import { renderApp } from "../../../testing/render-app";
import { server } from "../../../testing/server";

const heggedal = buildCentre({ name: "Heggedal" });

beforeAll(polyfillDialog);

function signedInWith(update?: (booking: BookingDetail, patch: UpdateBooking, call: number) => Response | undefined) {
  const me: Me = buildMe();
  const session = { me };
  const booking = buildBookingDetail({
    title: "Jobbklubb",
    centreId: heggedal.id,
    version: 3,
    bookedBy: { id: me.user.id, displayName: "Nils" },
  });
  const store = [booking];
  let calls = 0;
  const actions = bookingActionsHandlers(store, update ? { update: (b, patch) => update(b, patch, calls++) } : {});
  const rules = ruleContextHandlers(booking);
  server.use(
    ...rules.handlers,
    ...sessionHandlers(session),
    ...myBookingsHandlers(session, () => store).handlers,
    ...centresHandlers([heggedal]),
    ...actions.handlers,
  );
  return { booking, store, writes: actions.writes, contextQueries: rules.queries };
}

async function openEditor() {
  const view = renderApp({ path: "/mine-bookinger" });
  const button = await screen.findByRole("button", { name: "Endre Jobbklubb" });
  await view.user.click(button);
  const dialog = await screen.findByRole("dialog", { name: "Endre Jobbklubb" });
  return { ...view, button, dialog: within(dialog) };
}

describe("changing a booking in a dialog", () => {
  it("moves it with PATCH and If-Match, then closes and gives focus back", async () => {
    const { booking, writes, store, contextQueries } = signedInWith();
    const { user, button, dialog } = await openEditor();

    const title = dialog.getByLabelText("Tittel");
    expect(title).toHaveFocus();
    expect(title).toHaveValue("Jobbklubb");
    expect(dialog.getByLabelText("Dato")).toHaveValue("2026-03-12");
    expect(dialog.getByLabelText("Fra")).toHaveValue("18:00");
    expect(dialog.getByLabelText("Til")).toHaveValue("20:00");

    await user.clear(dialog.getByLabelText("Fra"));
    await user.type(dialog.getByLabelText("Fra"), "19:00");
    await user.clear(dialog.getByLabelText("Til"));
    await user.type(dialog.getByLabelText("Til"), "21:00");
    await user.click(dialog.getByRole("button", { name: "Lagre endringene" }));

    await waitFor(() => {
      expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    });
    expect(writes).toEqual([
      {
        kind: "update",
        id: booking.id,
        ifMatch: '"3"',
        csrf: TEST_CSRF_TOKEN,
        body: { start: "2026-03-12T19:00:00.000+01:00", end: "2026-03-12T21:00:00.000+01:00" },
      },
    ]);
    expect(button).toHaveFocus();
    expect(screen.getByRole("status")).toHaveTextContent("Endringene i Jobbklubb er lagret.");
    // The list is loaded again and shows the new time.
    expect(await screen.findByText("torsdag 12. mars 2026, 19:00–21:00")).toBeInTheDocument();
    expect(store[0]?.version).toBe(4);
    // Checked in the browser first, on the booking context of that Oslo week, for the booking's organisation.
    expect(contextQueries.map((query) => Object.fromEntries(query))).toEqual([
      { organisationId: booking.organisation.id, from: "2026-03-09T00:00:00+01:00", to: "2026-03-16T00:00:00+01:00" },
    ]);
  });

  it("checks the rules in the browser and sends nothing they refuse", async () => {
    const { writes } = signedInWith();
    const { user, dialog } = await openEditor();

    await user.clear(dialog.getByLabelText("Til"));
    await user.type(dialog.getByLabelText("Til"), "22:00");
    await user.click(dialog.getByRole("button", { name: "Lagre endringene" }));

    const alert = await dialog.findByRole("alert");
    expect(alert).toHaveTextContent("Endringen bryter reglene for lokalet:");
    expect(within(alert).getByText("Tiden ligger utenfor åpningstidene.")).toBeInTheDocument();
    expect(writes).toEqual([]);
  });

  it("says what is wrong before sending, and sends nothing unchanged", async () => {
    const { writes } = signedInWith();
    const { user, dialog } = await openEditor();

    await user.click(dialog.getByRole("button", { name: "Lagre endringene" }));
    expect(dialog.getByRole("alert")).toHaveTextContent("Du har ikke endret noe.");
    await user.clear(dialog.getByLabelText("Til"));
    await user.type(dialog.getByLabelText("Til"), "17:00");
    await user.click(dialog.getByRole("button", { name: "Lagre endringene" }));
    expect(dialog.getByRole("alert")).toHaveTextContent("Sluttiden må være etter starttiden, samme dag.");
    expect(writes).toEqual([]);
  });

  it("lists the free times of a 409 in the same centre, and takes one in one click", async () => {
    const sameSpace = { kind: "same_space", centreId: heggedal.id, start: "2026-03-12T19:00:00Z", end: "2026-03-12T21:00:00Z" } as const;
    const elsewhere = { kind: "other_centre", centreId: testId(), spaceId: testId(), start: "2026-03-12T17:00:00Z", end: "2026-03-12T19:00:00Z" } as const;
    const { booking, writes } = signedInWith((b, _patch, call) =>
      call === 0 ? conflictResponse([{ ...sameSpace, spaceId: b.spaceId }, elsewhere]) : undefined,
    );
    const { user, dialog } = await openEditor();

    await user.clear(dialog.getByLabelText("Fra"));
    await user.type(dialog.getByLabelText("Fra"), "17:00");
    await user.click(dialog.getByRole("button", { name: "Lagre endringene" }));

    const alert = within(await dialog.findByRole("alert"));
    expect(alert.getByRole("heading", { name: "Tidspunktet er opptatt" })).toBeInTheDocument();
    const free = within(alert.getByRole("list", { name: "Ledige tidspunkter" })).getAllByRole("listitem");
    expect(free).toHaveLength(1);
    await user.click(alert.getByRole("button", { name: "Velg torsdag 12. mars 2026, 20:00–22:00, samme rom" }));

    await waitFor(() => {
      expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    });
    expect(writes.map((write) => write.body)).toEqual([
      { start: "2026-03-12T17:00:00.000+01:00", end: "2026-03-12T20:00:00.000+01:00" },
      { start: sameSpace.start, end: sameSpace.end },
    ]);
    expect(writes.every((write) => write.ifMatch === '"3"' && write.id === booking.id)).toBe(true);
  });

  it("says in words which rules a 422 found", async () => {
    signedInWith((_b, _patch, call) =>
      call === 0 ? refusedResponse([{ code: "outside_opening_hours" }, { code: "brand_new_rule" }]) : undefined,
    );
    const { user, dialog } = await openEditor();

    await user.clear(dialog.getByLabelText("Tittel"));
    await user.type(dialog.getByLabelText("Tittel"), "Jobbklubb for unge");
    await user.click(dialog.getByRole("button", { name: "Lagre endringene" }));

    const alert = await dialog.findByRole("alert");
    expect(within(alert).getByRole("heading", { name: "Endringen er i strid med reglene" })).toBeInTheDocument();
    expect(within(alert).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Tiden ligger utenfor åpningstidene.",
      "Reglene har en merknad til denne bookingen. Verten kan forklare mer.",
    ]);
  });

  it("on 412 says someone else changed it, and reloads the list", async () => {
    const { store } = signedInWith();
    const { user, dialog, button } = await openEditor();
    // Someone else moves it meanwhile: the dialog still holds version 3.
    store[0] = { ...(store[0] as BookingDetail), title: "Jobbklubb", start: "2026-03-12T16:00:00Z", version: 4 };

    await user.clear(dialog.getByLabelText("Til"));
    await user.type(dialog.getByLabelText("Til"), "21:00");
    await user.click(dialog.getByRole("button", { name: "Lagre endringene" }));

    const alert = within(await dialog.findByRole("alert"));
    expect(alert.getByRole("heading", { name: "Noen andre har endret bookingen" })).toBeInTheDocument();
    expect(alert.getByText(/Bookingen er endret av noen andre i mellomtiden/)).toBeInTheDocument();
    await user.click(alert.getByRole("button", { name: "Last inn på nytt" }));

    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(await screen.findByText("torsdag 12. mars 2026, 17:00–20:00")).toBeInTheDocument();
  });
});
