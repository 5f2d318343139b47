import { act, screen, within } from "@testing-library/react";
import { buildCentre } from "../../../testing/factories";
import { buildSpace, tuesdayWeek } from "../../../testing/find-room-factories";
import { findRoomHandlers } from "../../../testing/find-room-handlers";
import { centresHandlers } from "../../../testing/handlers";
import { renderApp } from "../../../testing/render-app";
import { server } from "../../../testing/server";

const slemmestad = buildCentre({ name: "Slemmestad" });
const tofte = buildCentre({ name: "Tofte" });
const room = buildSpace({ name: "Møterom 1", centreId: slemmestad.id, capacity: 10, accessibility: ["step_free", "hearing_loop"] });
const quiet = buildSpace({ name: "Samtalerommet", centreId: slemmestad.id, capacity: 3, equipment: ["video_meeting"] });
const square = buildSpace({ name: "Torget", centreId: tofte.id, capacity: 40 });

function api(options: { availabilityStatus?: number } = {}) {
  const fake = findRoomHandlers({ spaces: [room, quiet, square], segments: { [room.id]: tuesdayWeek() }, ...options });
  server.use(...centresHandlers([slemmestad, tofte]), ...fake.handlers);
  return fake;
}

const WEEK = "dato=2026-03-17&fra=18%3A00&til=22%3A00&varighet=120";

describe("find a room", () => {
  it("searches with the filters, keeps them in the address and focuses the results", async () => {
    const { requests } = api();
    const { user, router } = renderApp({ path: `/finn-rom?${WEEK}&visning=liste` });
    // The first test loads the lazy route and the calendar's modules: slow on a busy machine.
    expect(await screen.findByRole("heading", { level: 3, name: "Torget" }, { timeout: 20_000 })).toBeInTheDocument();
    expect(document.title).toBe("Finn et rom – Sambruk");

    await user.selectOptions(screen.getByLabelText("Lokalsenter"), "Slemmestad");
    await user.type(screen.getByLabelText("Antall personer"), "5");
    await user.click(screen.getByRole("checkbox", { name: "Teleslynge" }));
    await user.click(screen.getByRole("button", { name: "Søk" }));

    expect(await screen.findByText("1 rom passer.")).toBeInTheDocument();
    const results = screen.getByRole("heading", { level: 2, name: "Ledige rom uke 12, 16. mars–22. mars" });
    expect(screen.getByRole("heading", { level: 3, name: "Møterom 1" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { level: 3, name: "Samtalerommet" })).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { level: 3, name: "Torget" })).not.toBeInTheDocument();
    expect(results).toHaveFocus();
    const search = new URLSearchParams(router.state.location.search);
    expect(search.get("sentre")).toBe(slemmestad.id);
    expect(search.get("personer")).toBe("5");
    expect(search.get("tilgang")).toBe("hearing_loop");
    expect(requests).toContainEqual({
      path: "/availability",
      query: { centreId: slemmestad.id, from: "2026-03-15T23:00:00.000Z", to: "2026-03-22T23:00:00.000Z" },
    });

    // The back button returns to the search before.
    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe(`?${WEEK}&visning=liste`);
    expect(await screen.findByRole("heading", { level: 3, name: "Torget" })).toBeInTheDocument();
  });

  it("lists free time as buttons that lead to the booking page, busy and requested time as text", async () => {
    api();
    const { user, router } = renderApp({ path: `/finn-rom?${WEEK}&sentre=${slemmestad.id}&visning=liste` });
    const section = within(await screen.findByRole("region", { name: "Møterom 1" }));
    const tuesday = within(section.getByRole("heading", { level: 4, name: "Tirsdag 17. mars" }).closest("li") as HTMLElement);
    expect(tuesday.getByText("20:00–21:00 Forespurt")).toBeInTheDocument();
    expect(section.getAllByText("Stengt eller ingen tid innenfor søket")).toHaveLength(6);

    const choose = tuesday.getByRole("button", { name: "Velg 18:00–20:00 tirsdag 17. mars, Møterom 1" });
    expect(choose).toHaveTextContent("Velg 18:00–20:00");
    choose.focus();
    await user.keyboard("{Enter}");

    expect(router.state.location.pathname).toBe("/book");
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      spaceId: room.id,
      start: "2026-03-17T18:00:00+01:00",
      end: "2026-03-17T20:00:00+01:00",
    });
  });

  it("shows the week calendar of the chosen space with labelled busy and requested time", async () => {
    api();
    const { user, router } = renderApp({ path: `/finn-rom?dato=2026-03-17&fra=16%3A00&til=22%3A00&sentre=${slemmestad.id}&visning=kalender` });
    const calendar = await screen.findByRole("group", { name: "Ukekalender for Møterom 1" });
    expect(await within(calendar).findByRole("note", { name: "Opptatt, tirsdag 17. mars, 17:00–18:00" })).toHaveTextContent("Opptatt");
    expect(within(calendar).getByRole("note", { name: "Forespurt, tirsdag 17. mars, 20:00–21:00" })).toHaveTextContent("Forespurt");
    expect(within(calendar).getByRole("note", { name: "Ledig, tirsdag 17. mars, 18:00–20:00" })).toHaveTextContent("Ledig");
    expect(within(calendar).getByRole("note", { name: "Stengt, tirsdag 17. mars, 21:00–24:00" })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText("Rom"), "Samtalerommet");
    expect(await screen.findByRole("group", { name: "Ukekalender for Samtalerommet" })).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get("rom")).toBe(quiet.id);

    await user.click(screen.getByRole("radio", { name: "Liste" }));
    expect(await screen.findByRole("region", { name: "Møterom 1" })).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get("visning")).toBe("liste");
  });

  it("says when no room matches, with a hint to widen the search", async () => {
    api();
    renderApp({ path: `/finn-rom?${WEEK}&personer=500&visning=liste` });
    expect(await screen.findByText(/^Ingen rom passer søket\. Prøv et annet lokalsenter/)).toBeInTheDocument();
  });

  it("says when the availability cannot be fetched, and offers to try again", async () => {
    api({ availabilityStatus: 500 });
    renderApp({ path: `/finn-rom?${WEEK}&visning=liste` });
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("Noe gikk galt hos oss. Prøv igjen om litt.")).toBeInTheDocument();
    expect(within(alert).getByRole("button", { name: "Prøv igjen" })).toBeInTheDocument();
  });
});
