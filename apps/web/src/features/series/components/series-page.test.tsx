import { screen, waitFor, within } from "@testing-library/react";
import type { Series } from "@sambruk/contracts";
import { myBookingsHandlers, sessionHandlers, type FakeSession } from "../../../testing/auth-handlers";
import { polyfillDialog } from "../../../testing/booking-actions-handlers";
import { buildBookingDetail, buildMe } from "../../../testing/factories";
import { centresHandlers, problemResponse } from "../../../testing/handlers";
import { renderApp } from "../../../testing/render-app";
import { server } from "../../../testing/server";
import { buildSeries, buildSeriesOccurrence } from "../../../testing/series-factories";
import { seriesHandlers } from "../../../testing/series-handlers";

beforeAll(polyfillDialog);

/** Språkkafé on three Tuesdays: booked, skipped (a holiday), and booked with a later closure. */
function threeTuesdays(): Series {
  return buildSeries({
    occurrences: [
      buildSeriesOccurrence("2026-03-17"),
      buildSeriesOccurrence("2026-03-24", { state: "skipped", reason: "holiday", booking: null }),
      buildSeriesOccurrence("2026-03-31", { notice: { code: "closed", params: {} } }),
    ],
  });
}

function signedIn(options: Parameters<typeof seriesHandlers>[1] = {}) {
  const session: FakeSession = { me: buildMe() };
  const series = threeTuesdays();
  const api = seriesHandlers(session, { store: [series], ...options });
  server.use(...sessionHandlers(session), ...api.handlers);
  return { series, session, ...api };
}

const row = (date: string) => within(screen.getByRole("rowheader", { name: date }).closest("tr") as HTMLElement);

describe("the series page", () => {
  it("shows how the series repeats and every date: booked, skipped with the reason, a later closure", async () => {
    const { series } = signedIn();
    renderApp({ path: `/serie/${series.id}` });
    expect(await screen.findByRole("heading", { level: 1, name: "Språkkafé" })).toBeInTheDocument();
    expect(screen.getByText("Språkkafeen")).toBeInTheDocument();
    expect(screen.getByText("18:00–20:00", { selector: "dd" })).toBeInTheDocument();
    expect(row("tirsdag 17. mars 2026").getByText("Bekreftet")).toBeInTheDocument();
    expect(row("tirsdag 24. mars 2026").getByText("Hoppet over: helligdag")).toBeInTheDocument();
    expect(row("tirsdag 24. mars 2026").queryByRole("button")).not.toBeInTheDocument();
    expect(row("tirsdag 31. mars 2026").getByText(/Senteret er stengt denne dagen/)).toBeInTheDocument();
    expect(document.title).toBe("Språkkafé – Sambruk");
  });

  it("cancels this and the following dates with the scope, the date and If-Match", async () => {
    const { series, cancels } = signedIn();
    const { user } = renderApp({ path: `/serie/${series.id}` });
    const button = await screen.findByRole("button", { name: "Avlys tirsdag 17. mars 2026" });
    await user.click(button);
    const dialog = within(await screen.findByRole("dialog", { name: "Avlys Språkkafé" }));
    const only = dialog.getByRole("radio", { name: "Bare denne (tirsdag 17. mars 2026)" });
    expect(only).toBeChecked();
    expect(only).toHaveFocus();
    await user.click(dialog.getByRole("radio", { name: "Denne og følgende" }));
    await user.click(dialog.getByRole("button", { name: "Avlys" }));

    await waitFor(() => {
      expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    });
    expect(cancels).toEqual([{ body: { scope: "following", date: "2026-03-17" }, ifMatch: '"3"', idempotencyKey: null }]);
    expect(screen.getByText("Avlysningen er lagret.")).toBeInTheDocument();
    expect(row("tirsdag 31. mars 2026").getByText("Avlyst")).toBeInTheDocument();
    expect(button).not.toBeInTheDocument();
    await waitFor(() => {
      expect(screen.getByRole("heading", { name: "Datoene" })).toHaveFocus();
    });
  });

  it("checks a change with a dry run, shows the dates it no longer fits, then saves it cancelling those", async () => {
    const { series, updates } = signedIn({
      update: (current, body) => {
        if (!body.dryRun) return undefined;
        const report = {
          applied: false,
          series: current,
          occurrences: current.occurrences.map(({ date, start, end }) =>
            date === "2026-03-31"
              ? { date, start, end, outcome: "conflict", findings: [], collidesWith: [{ start: "2026-03-31T16:00:00Z", end: "2026-03-31T18:00:00Z", title: "Jobbklubb", organisation: "NAV Asker", status: "confirmed" }] }
              : { date, start, end, outcome: "fits", findings: [], collidesWith: [] },
          ),
        };
        return new Response(JSON.stringify(report), { headers: { "Content-Type": "application/json" } });
      },
    });
    const { user } = renderApp({ path: `/serie/${series.id}` });
    await user.click(await screen.findByRole("button", { name: "Endre tirsdag 17. mars 2026" }));
    const dialog = within(await screen.findByRole("dialog", { name: "Endre Språkkafé" }));
    await user.click(dialog.getByRole("radio", { name: "Alle" }));
    await user.clear(dialog.getByLabelText("Fra"));
    await user.type(dialog.getByLabelText("Fra"), "19:00");
    await user.clear(dialog.getByLabelText("Til"));
    await user.type(dialog.getByLabelText("Til"), "21:00");
    await user.click(dialog.getByRole("button", { name: "Sjekk endringen" }));

    expect(await dialog.findByText(/Kolliderer med «Jobbklubb» \(NAV Asker\) 18:00–20:00/)).toBeInTheDocument();
    expect(updates[0]).toEqual({
      body: { scope: "all", changes: { startTime: "19:00", endTime: "21:00" }, dryRun: true, misfits: "refuse" },
      ifMatch: '"3"',
      idempotencyKey: null,
    });
    await user.click(dialog.getByRole("radio", { name: "Avlys dem" }));
    await user.click(dialog.getByRole("button", { name: "Lagre endringen" }));
    await waitFor(() => {
      expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    });
    expect(updates[1]?.body).toEqual({ scope: "all", changes: { startTime: "19:00", endTime: "21:00" }, dryRun: false, misfits: "cancel" });
    expect(screen.getByText("Endringen er lagret.")).toBeInTheDocument();
    expect(screen.getByText("19:00–21:00", { selector: "dd" })).toBeInTheDocument();
  });

  it("loads the series again and says so when someone changed it meanwhile (412)", async () => {
    const { series, reads, cancels } = signedIn({ cancel: (_series, _body) => problemResponse(412, "precondition_failed") });
    const { user } = renderApp({ path: `/serie/${series.id}` });
    await user.click(await screen.findByRole("button", { name: "Avlys serien" }));
    const dialog = within(await screen.findByRole("dialog", { name: "Avlys Språkkafé" }));
    expect(dialog.queryByRole("radio")).not.toBeInTheDocument();
    await user.click(dialog.getByRole("button", { name: "Avlys" }));
    expect(await dialog.findByText(/Serien er endret av noen andre i mellomtiden/)).toBeInTheDocument();
    expect(cancels[0]?.body).toEqual({ scope: "all" });
    await waitFor(() => {
      expect(reads).toHaveLength(2);
    });
  });

  it("is reached from My bookings for a booking that is a date of a series", async () => {
    const { series, session } = signedIn();
    const booking = buildBookingDetail({ title: "Språkkafé", seriesId: series.id, bookedBy: { id: session.me?.user.id ?? "", displayName: "Nils" } });
    server.use(...myBookingsHandlers(session, () => [booking]).handlers, ...centresHandlers([]));
    const { user } = renderApp({ path: "/mine-bookinger" });
    await user.click(await screen.findByRole("link", { name: "Se serien for Språkkafé" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Språkkafé" })).toBeInTheDocument();
  });
});
