import { screen, waitFor, within } from "@testing-library/react";
import { http } from "msw";
import type { DropInQuery } from "@sambruk/contracts";
import { buildDropIn } from "../../testing/drop-in-factories";
import { dropInListHandlers } from "../../testing/drop-in-handlers";
import { buildCentre } from "../../testing/factories";
import { apiUrl, centresHandlers, problemResponse } from "../../testing/handlers";
import { programmeHandlers, type ProgrammeRequests } from "../../testing/programme-handlers";
import { buildProgrammeItem } from "../../testing/programme-factories";
import { renderApp } from "../../testing/render-app";
import { server } from "../../testing/server";

// The app's clock: Thursday 12 March 2026, 10:30 in Oslo.
const tofte = buildCentre({ name: "Tofte" });
const holmen = buildCentre({ name: "Holmen" });

function section(name: string) {
  const heading = screen.getByRole("heading", { level: 2, name });
  const region = heading.closest("section");
  if (!region) throw new Error(`No section for ${name}`);
  return within(region);
}

function item(title: string) {
  return within(screen.getByRole("article", { name: title }));
}

beforeEach(() => {
  server.use(...centresHandlers([tofte, holmen]));
});

describe("programme page", () => {
  it("lists today and the rest of the week by day, in Oslo time, each item in words", async () => {
    const requests: ProgrammeRequests = [];
    server.use(
      ...programmeHandlers(
        [
          buildProgrammeItem({ title: "Språkkafé", centre: { id: tofte.id, name: "Tofte" } }),
          buildProgrammeItem({
            title: "Fortellerstund",
            kind: "activity",
            start: "2026-03-12T09:30:00Z",
            end: "2026-03-12T10:15:00Z",
            audiences: ["children"],
            organiser: null,
          }),
          buildProgrammeItem({ title: "Gitarkurs", kind: "course", start: "2026-03-14T10:00:00Z", end: "2026-03-14T12:00:00Z" }),
          buildProgrammeItem({
            title: "Digihjelp",
            kind: "drop_in",
            start: "2026-03-13T11:00:00Z",
            end: "2026-03-13T14:00:00Z",
            space: {
              id: holmen.id,
              name: "Biblioteket",
              accessibility: { stepFree: true, hearingLoop: true, accessibleWc: true },
            },
          }),
          // Next Monday is outside "this week".
          buildProgrammeItem({ title: "Neste uke", start: "2026-03-16T10:00:00Z", end: "2026-03-16T11:00:00Z" }),
        ],
        requests,
      ),
    );
    renderApp({ path: "/program" });

    expect(await screen.findByRole("heading", { level: 1, name: "Hva skjer" })).toBeInTheDocument();
    expect(document.title).toBe("Hva skjer – Sambruk");
    await screen.findByRole("article", { name: "Språkkafé" });
    expect(requests).toEqual([{ from: "2026-03-11T23:00:00.000Z", to: "2026-03-15T23:00:00.000Z" }]);

    const today = section("I dag");
    expect(today.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual(["Fortellerstund", "Språkkafé"]);
    const week = section("Denne uken");
    expect(week.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      "fredag 13. mars 2026",
      "lørdag 14. mars 2026",
    ]);
    expect(week.getAllByRole("heading", { level: 4 }).map((h) => h.textContent)).toEqual(["Digihjelp", "Gitarkurs"]);
    expect(screen.queryByText("Neste uke")).not.toBeInTheDocument();

    const cafe = item("Språkkafé");
    expect(cafe.getByText("18:00–20:00")).toHaveAttribute("datetime", "2026-03-12T17:00:00Z");
    expect(cafe.getByText("Arrangement")).toBeInTheDocument();
    expect(cafe.getByText("Tofte, Torget")).toBeInTheDocument();
    expect(cafe.getByText("Trinnfri adkomst")).toBeInTheDocument();
    expect(cafe.getByText("Språkkafeen")).toBeInTheDocument();
    expect(cafe.getByText("Alle")).toBeInTheDocument();

    const story = item("Fortellerstund");
    expect(story.getByText("10:30–11:15")).toBeInTheDocument();
    expect(story.getByText("Aktivitet", { selector: "span" })).toBeInTheDocument();
    expect(story.getByText("Privatperson")).toBeInTheDocument();
    expect(story.getByText("Barn")).toBeInTheDocument();

    expect(item("Digihjelp").getByText("Drop-in")).toBeInTheDocument();
    expect(item("Digihjelp").getByText("Trinnfri adkomst, teleslynge, tilrettelagt toalett")).toBeInTheDocument();
    expect(item("Gitarkurs").getByText("Kurs")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Viser 4 arrangementer.");
  });

  it("does not name the room of a discreet service: ask at the front desk", async () => {
    server.use(...programmeHandlers([buildProgrammeItem({ title: "NAV-veiledning", kind: "drop_in", space: null })]));
    renderApp({ path: "/program" });

    const nav = within(await screen.findByRole("article", { name: "NAV-veiledning" }));
    expect(nav.getByText("Tofte, Spør i vertskapet")).toBeInTheDocument();
    expect(nav.queryByText(/Torget/)).not.toBeInTheDocument();
  });

  it("says it in English too, with the activity's English name", async () => {
    window.localStorage.setItem("sambruk.language", "en");
    server.use(...programmeHandlers([buildProgrammeItem({ title: "NAV", space: null })]));
    renderApp({ path: "/program" });

    const nav = within(await screen.findByRole("article", { name: "NAV" }));
    expect(nav.getByText("Tofte, Ask at the front desk")).toBeInTheDocument();
    expect(nav.getByText("Language café")).toBeInTheDocument();
    expect(nav.getByText("Event")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "Today" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "This week" })).toBeInTheDocument();
  });

  it("reads the filters from the URL and keeps the choices there, updating the list in place", async () => {
    const requests: ProgrammeRequests = [];
    server.use(
      ...programmeHandlers(
        [
          buildProgrammeItem({ title: "Eventyrstund", centre: { id: tofte.id, name: "Tofte" }, audiences: ["children"] }),
          buildProgrammeItem({ title: "Seniordans", centre: { id: holmen.id, name: "Holmen" }, audiences: ["seniors"] }),
          buildProgrammeItem({ title: "Barnekor", centre: { id: holmen.id, name: "Holmen" }, audiences: ["children"] }),
        ],
        requests,
      ),
    );
    const { user, router } = renderApp({ path: `/program?sentre=${tofte.id}&for=children` });

    expect(await screen.findByRole("article", { name: "Eventyrstund" })).toBeInTheDocument();
    expect(screen.queryByRole("article", { name: "Barnekor" })).not.toBeInTheDocument();
    const centre = screen.getByRole("combobox", { name: "Lokalsenter" });
    const audience = screen.getByRole("combobox", { name: "Passer for" });
    await waitFor(() => {
      expect(centre).toHaveDisplayValue("Tofte");
    });
    expect(audience).toHaveDisplayValue("Barn");
    expect(requests[0]).toMatchObject({ centreId: tofte.id, audience: "children" });

    await user.selectOptions(centre, "Holmen");
    expect(await screen.findByRole("article", { name: "Barnekor" })).toBeInTheDocument();
    expect(screen.queryByRole("article", { name: "Eventyrstund" })).not.toBeInTheDocument();
    expect(router.state.location.search).toBe(`?sentre=${holmen.id}&for=children`);

    await user.selectOptions(audience, "Alle målgrupper");
    expect(await screen.findByRole("article", { name: "Seniordans" })).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?sentre=${holmen.id}`);

    await user.selectOptions(centre, "Alle lokalsentre");
    expect(await screen.findByRole("article", { name: "Eventyrstund" })).toBeInTheDocument();
    expect(router.state.location.search).toBe("");
    expect(screen.getByRole("status")).toHaveTextContent("Viser 3 arrangementer.");
  });

  it("ignores filters in the URL that are not valid", async () => {
    const requests: ProgrammeRequests = [];
    server.use(...programmeHandlers([buildProgrammeItem({ title: "Språkkafé" })], requests));
    renderApp({ path: "/program?sentre=tofte&for=aliens" });

    expect(await screen.findByRole("article", { name: "Språkkafé" })).toBeInTheDocument();
    expect(requests[0]).toEqual({ from: "2026-03-11T23:00:00.000Z", to: "2026-03-15T23:00:00.000Z" });
  });

  it("says so when nothing is on", async () => {
    server.use(...programmeHandlers([]));
    renderApp({ path: "/program" });

    expect(await screen.findByText("Ingen arrangementer i dag eller resten av uken med disse valgene.")).toBeInTheDocument();
    expect(screen.queryByRole("heading", { level: 2, name: "I dag" })).not.toBeInTheDocument();
  });

  it("says so when today or the rest of the week is empty", async () => {
    server.use(
      ...programmeHandlers([buildProgrammeItem({ title: "Lørdagskafé", start: "2026-03-14T10:00:00Z", end: "2026-03-14T12:00:00Z" })]),
    );
    renderApp({ path: "/program" });

    await screen.findByRole("article", { name: "Lørdagskafé" });
    expect(section("I dag").getByText("Ingen arrangementer i dag.")).toBeInTheDocument();
  });

  it("on a Sunday, the week has nothing more to come", async () => {
    server.use(...programmeHandlers([buildProgrammeItem({ title: "Søndagstur", start: "2026-03-15T10:00:00Z", end: "2026-03-15T12:00:00Z" })]));
    renderApp({ path: "/program", now: new Date("2026-03-15T09:00:00Z") });

    await screen.findByRole("article", { name: "Søndagstur" });
    expect(section("Denne uken").getByText("Ingen flere arrangementer denne uken.")).toBeInTheDocument();
  });

  it("shows the error in words and retries", async () => {
    server.use(...programmeHandlers([buildProgrammeItem({ title: "Språkkafé" })]));
    server.use(http.get(apiUrl("/programme"), () => problemResponse(503, "database_unavailable"), { once: true }));
    const { user } = renderApp({ path: "/program" });

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Tjenesten er midlertidig utilgjengelig.");
    await user.click(within(alert).getByRole("button", { name: "Prøv igjen" }));
    expect(await screen.findByRole("article", { name: "Språkkafé" })).toBeInTheDocument();
  });

  it("is in the main menu", async () => {
    server.use(...programmeHandlers([]));
    const { user } = renderApp();
    const nav = within(await screen.findByRole("navigation", { name: "Hovedmeny" }));

    await user.click(nav.getByRole("link", { name: "Hva skjer" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Hva skjer" })).toBeInTheDocument();
    expect(nav.getByRole("link", { name: "Hva skjer" })).toHaveAttribute("aria-current", "page");
  });

  it("links drop-in hours with appointments to their appointment page, and only those", async () => {
    const withAppointments = buildDropIn({ centre: { id: tofte.id, name: "Tofte" } });
    const comeBy = buildDropIn({ centre: { id: tofte.id, name: "Tofte" }, title: "Digihjelp", appointments: null });
    const queries: DropInQuery[] = [];
    server.use(
      ...programmeHandlers([
        buildProgrammeItem({ bookingId: withAppointments.id, centre: withAppointments.centre, title: "NAV-veiledning", kind: "drop_in", space: null, start: withAppointments.start, end: withAppointments.end }),
        buildProgrammeItem({ bookingId: comeBy.id, centre: comeBy.centre, title: "Digihjelp", kind: "drop_in", start: comeBy.start, end: comeBy.end }),
      ]),
      ...dropInListHandlers(() => [withAppointments, comeBy], queries),
    );
    const { user } = renderApp({ path: `/program?sentre=${tofte.id}` });

    await screen.findByRole("article", { name: "NAV-veiledning" });
    const link = await item("NAV-veiledning").findByRole("link", { name: "Bestill time: NAV-veiledning" });
    expect(link).toHaveAttribute("href", `/drop-in/${withAppointments.id}?sentre=${tofte.id}&dato=2026-03-13`);
    expect(item("Digihjelp").queryByRole("link")).not.toBeInTheDocument();
    expect(queries).toEqual([{ centreId: tofte.id, from: "2026-03-11T23:00:00.000Z", to: "2026-03-15T23:00:00.000Z" }]);

    await user.click(link);
    expect(await screen.findByRole("heading", { level: 1, name: "NAV-veiledning" })).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Ledige timer" })).toBeInTheDocument();
  });
});
