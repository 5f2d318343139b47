import { screen, within } from "@testing-library/react";
import { http } from "msw";
import { buildCentre } from "../../testing/factories";
import { apiUrl, centresHandlers, problemResponse } from "../../testing/handlers";
import { programmeHandlers, spacesHandlers } from "../../testing/programme-handlers";
import { buildSpace } from "../../testing/programme-factories";
import { renderApp } from "../../testing/render-app";
import { server } from "../../testing/server";

const centre = buildCentre({ name: "Tofte" });
const other = buildCentre({ name: "Holmen" });

function space(name: string) {
  return within(screen.getByRole("article", { name }));
}

describe("centre page: rooms, accessibility and links", () => {
  it("lists the centre's rooms with capacity, equipment and accessibility in words", async () => {
    server.use(
      ...centresHandlers([centre, other]),
      // Filters by centreId, as the API does: only this centre's rooms may show.
      ...spacesHandlers([
        buildSpace({
          centreId: centre.id,
          name: "Møterom 1",
          capacity: 8,
          equipment: ["screen", "video_meeting", "laser_cutter"],
          accessibility: ["step_free", "hearing_loop"],
        }),
        buildSpace({
          centreId: centre.id,
          name: "Torget",
          kind: "open_square",
          capacity: 1,
          equipment: [],
          accessibility: ["step_free", "accessible_wc"],
          privacy: "open",
        }),
        buildSpace({ centreId: other.id, name: "Holmens rom" }),
      ]),
    );
    renderApp({ path: `/sentre/${centre.id}` });

    expect(await screen.findByRole("heading", { level: 2, name: "Rom og lokaler" })).toBeInTheDocument();
    await screen.findByRole("article", { name: "Møterom 1" });
    expect(screen.queryByRole("article", { name: "Holmens rom" })).not.toBeInTheDocument();

    const meeting = space("Møterom 1");
    expect(meeting.getByText("Møterom")).toBeInTheDocument();
    expect(meeting.getByText("Plass til 8 personer")).toBeInTheDocument();
    expect(meeting.getByText("Skjerm, videomøteutstyr, laser cutter")).toBeInTheDocument();
    expect(meeting.getAllByRole("listitem").map((item) => item.textContent)).toEqual(["Trinnfri adkomst", "Teleslynge"]);
    expect(meeting.getByText("Lukket rom med lydskjerming")).toBeInTheDocument();

    const square = space("Torget");
    expect(square.getByText("Plass til 1 person")).toBeInTheDocument();
    expect(square.getByText("Ikke noe fast utstyr")).toBeInTheDocument();
    expect(square.getByText("Åpent, synlig fra torget")).toBeInTheDocument();
    // The icons are decorative beside the words, never the only carrier of the meaning.
    for (const icon of document.querySelectorAll("svg.feature-icon")) {
      expect(icon).toHaveAttribute("aria-hidden", "true");
      expect(icon.parentElement?.textContent).not.toBe("");
    }

    const summary = screen.getByRole("region", { name: "Tilgjengelighet på senteret" });
    expect(within(summary).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Trinnfri adkomst: alle rommene",
      "Teleslynge: Møterom 1",
      "Tilrettelagt toalett: Torget",
    ]);
  });

  it("links to a free room here and to the centre's programme", async () => {
    server.use(...centresHandlers([centre, other]), ...spacesHandlers([]), ...programmeHandlers([]));
    const { user, router } = renderApp({ path: `/sentre/${centre.id}` });

    const findRoom = await screen.findByRole("link", { name: "Finn et ledig rom her" });
    expect(findRoom).toHaveAttribute("href", `/finn-rom?sentre=${centre.id}`);
    expect(await screen.findByText("Senteret har ingen rom å vise.")).toBeInTheDocument();

    await user.click(screen.getByRole("link", { name: "Se hva som skjer her" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Hva skjer" })).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?sentre=${centre.id}`);
    expect(await screen.findByRole("combobox", { name: "Lokalsenter" })).toHaveDisplayValue("Tofte");
  });

  it("marks today in the week table in words", async () => {
    server.use(...centresHandlers([centre]), ...spacesHandlers([]));
    renderApp({ path: `/sentre/${centre.id}` });

    const table = await screen.findByRole("table");
    const today = within(table).getByRole("rowheader", { name: "torsdag (i dag)" });
    expect(today.closest("tr")).toHaveClass("weekly-hours__today");
    expect(within(table).getAllByRole("rowheader", { name: /i dag/ })).toHaveLength(1);
  });

  it("shows the rooms' error without hiding the centre", async () => {
    server.use(...centresHandlers([centre]), http.get(apiUrl("/spaces"), () => problemResponse(503, "database_unavailable")));
    renderApp({ path: `/sentre/${centre.id}` });

    expect(await screen.findByRole("heading", { level: 1, name: "Tofte" })).toBeInTheDocument();
    expect(await screen.findByRole("alert")).toHaveTextContent("Tjenesten er midlertidig utilgjengelig.");
  });
});
