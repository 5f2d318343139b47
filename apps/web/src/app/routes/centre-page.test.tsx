import { screen, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { buildCentre } from "../../testing/factories";
import { apiUrl, centresHandlers, problemResponse } from "../../testing/handlers";
import { renderApp } from "../../testing/render-app";
import { spacesHandlers } from "../../testing/programme-handlers";
import { server } from "../../testing/server";

const ID = "00000000-0000-4000-8000-00000000abcd";

// The page also lists the centre's rooms (covered in features/centres/centre-spaces.test.tsx).
beforeEach(() => {
  server.use(...spacesHandlers([]));
});

describe("centre page", () => {
  it("shows the centre with its week of opening and staffed hours", async () => {
    const centre = buildCentre({
      id: ID,
      name: "Slemmestad",
      formerMunicipality: "royken",
      address: { street: "Storgata 1", postalCode: "3470", postalTown: "Slemmestad" },
      openingHours: [
        { weekday: 1, opens: "13:00", closes: "16:00" },
        { weekday: 1, opens: "08:00", closes: "11:00" },
        { weekday: 4, opens: "08:00", closes: "20:00" },
      ],
      staffedHours: [{ weekday: 4, opens: "09:00", closes: "15:00" }],
    });
    server.use(...centresHandlers([centre]));
    renderApp({ path: `/sentre/${ID}` });

    expect(await screen.findByRole("heading", { level: 1, name: "Slemmestad" })).toBeInTheDocument();
    expect(screen.getByText(/Storgata 1/)).toHaveTextContent(/^Storgata 1\s*3470 Slemmestad$/);
    expect(screen.getByText("Tidligere kommune: Røyken")).toBeInTheDocument();
    expect(document.title).toBe("Slemmestad – Sambruk");

    const table = screen.getByRole("table", { name: "Åpningstider og bemannede tider for hver ukedag" });
    expect(within(table).getAllByRole("rowheader").map((cell) => cell.textContent)).toEqual([
      "mandag",
      "tirsdag",
      "onsdag",
      "torsdag (i dag)",
      "fredag",
      "lørdag",
      "søndag",
    ]);
    const row = (weekday: string) => {
      const tr = within(table).getByRole("rowheader", { name: weekday }).closest("tr");
      if (!tr) throw new Error(`No row for ${weekday}`);
      return within(tr);
    };
    expect(row("mandag").getByText("08:00–11:00, 13:00–16:00")).toBeInTheDocument();
    expect(row("mandag").getByText("Ikke bemannet")).toBeInTheDocument();
    expect(row("tirsdag").getByText("Stengt")).toBeInTheDocument();
    expect(row("torsdag (i dag)").getByText("08:00–20:00")).toBeInTheDocument();
    expect(row("torsdag (i dag)").getByText("09:00–15:00")).toBeInTheDocument();
  });

  it("links back to the list of centres", async () => {
    const centre = buildCentre({ id: ID, name: "Spikkestad" });
    server.use(...centresHandlers([centre]));
    const { user } = renderApp({ path: `/sentre/${ID}` });
    await screen.findByRole("heading", { level: 1, name: "Spikkestad" });

    await user.click(screen.getByRole("link", { name: "Tilbake til alle lokalsentre" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Lokalsentre og innbyggertorg" })).toBeInTheDocument();
    expect(screen.getByRole("main")).toHaveFocus();
  });

  it("opens from the list", async () => {
    const centre = buildCentre({ id: ID, name: "Tofte" });
    server.use(...centresHandlers([centre]));
    const { user } = renderApp();

    await user.click(await screen.findByRole("link", { name: "Tofte" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Tofte" })).toBeInTheDocument();
  });

  it("shows the translated not-found message for a 404 problem, without a useless retry", async () => {
    server.use(...centresHandlers([]));
    renderApp({ path: `/sentre/${ID}` });

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Vi fant ikke det du lette etter.");
    expect(within(alert).queryByRole("button")).not.toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Kunne ikke vise lokalsenteret");
    expect(screen.getByRole("link", { name: "Tilbake til alle lokalsentre" })).toBeInTheDocument();
  });

  it("shows the not-found message in the stored language", async () => {
    window.localStorage.setItem("sambruk.language", "en");
    server.use(...centresHandlers([]));
    renderApp({ path: `/sentre/${ID}` });

    expect(await screen.findByRole("alert")).toHaveTextContent("We could not find what you were looking for.");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Could not show the local centre");
  });

  it("shows the translated message for an invalid id", async () => {
    server.use(http.get(apiUrl("/centres/:id"), () => problemResponse(400, "invalid_id")));
    renderApp({ path: "/sentre/not-a-uuid" });

    expect(await screen.findByRole("alert")).toHaveTextContent("Lenken inneholder en ugyldig ID.");
  });

  it("retries after a server error", async () => {
    const centre = buildCentre({ id: ID, name: "Holmen" });
    server.use(...centresHandlers([centre]));
    server.use(http.get(apiUrl("/centres/:id"), () => problemResponse(503, "database_unavailable"), { once: true }));
    const { user } = renderApp({ path: `/sentre/${ID}` });

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Tjenesten er midlertidig utilgjengelig.");
    await user.click(within(alert).getByRole("button", { name: "Prøv igjen" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Holmen" })).toBeInTheDocument();
  });

  it("says so when the API answers with something that is not a problem document", async () => {
    server.use(http.get(apiUrl("/centres/:id"), () => new HttpResponse("Bad gateway", { status: 502 })));
    renderApp({ path: `/sentre/${ID}` });

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Tjenesten svarte med en uventet feil (status 502).");
    expect(within(alert).getByRole("button", { name: "Prøv igjen" })).toBeInTheDocument();
  });
});
