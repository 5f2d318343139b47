import { screen, within } from "@testing-library/react";
import { CentreList } from "@sambruk/contracts";
import { http, HttpResponse } from "msw";
import { buildCentre, sevenCentres } from "../../testing/factories";
import { apiUrl, centresHandlers, problemResponse } from "../../testing/handlers";
import { renderApp } from "../../testing/render-app";
import { server } from "../../testing/server";

async function findCard(name: string) {
  const link = await screen.findByRole("link", { name });
  const card = link.closest("li");
  if (!card) throw new Error(`No list item around ${name}`);
  return within(card);
}

describe("start page", () => {
  it("lists the seven centres with today's hours in Oslo time", async () => {
    server.use(...centresHandlers(sevenCentres()));
    renderApp();

    const list = await screen.findByRole("list", { name: "Lokalsentre" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(7);

    const tofte = await findCard("Tofte");
    expect(tofte.getByText("Åpningstid i dag (torsdag)")).toBeInTheDocument();
    expect(tofte.getByText("08:00–20:00")).toBeInTheDocument();
    expect(tofte.getByText("Bemanning i dag")).toBeInTheDocument();
    expect(tofte.getByText("09:00–15:00")).toBeInTheDocument();
    expect(tofte.getByText("Åpent nå")).toBeInTheDocument();
    expect(tofte.getByText("Tidligere kommune: Hurum")).toBeInTheDocument();
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Lokalsentre og innbyggertorg");
    expect(document.title).toBe("Lokalsentre – Sambruk");
  });

  it("takes the weekday and 'open now' from the centre's zone, not the machine's", async () => {
    const centre = buildCentre({
      name: "Heggedal",
      openingHours: [{ weekday: 4, opens: "00:00", closes: "01:00" }],
      staffedHours: [],
    });
    server.use(...centresHandlers([centre]));
    // 23:30 UTC on Wednesday is 00:30 on Thursday in Oslo.
    renderApp({ now: new Date("2026-03-11T23:30:00Z") });

    const card = await findCard("Heggedal");
    expect(card.getByText("Åpningstid i dag (torsdag)")).toBeInTheDocument();
    expect(card.getByText("00:00–01:00")).toBeInTheDocument();
    expect(card.getByText("Ingen bemanning")).toBeInTheDocument();
    expect(card.getByText("Åpent nå")).toBeInTheDocument();
  });

  it("says a centre is closed today and closed now", async () => {
    const centre = buildCentre({ name: "Sætre", openingHours: [{ weekday: 1, opens: "08:00", closes: "16:00" }] });
    server.use(...centresHandlers([centre]));
    renderApp();

    const card = await findCard("Sætre");
    expect(card.getByText("Stengt")).toBeInTheDocument();
    expect(card.getByText("Stengt nå")).toBeInTheDocument();
  });

  it("shows the demo notice when a centre is demo data, and not otherwise", async () => {
    server.use(...centresHandlers([buildCentre({ name: "Holmen", isDemo: true })]));
    const first = renderApp();
    expect(await screen.findByRole("heading", { name: "Demodata" })).toBeInTheDocument();
    expect(screen.getByText(/åpningstidene, rommene og personene du ser her, er oppdiktet/)).toBeInTheDocument();
    first.unmount();

    server.use(...centresHandlers([buildCentre({ name: "Holmen", isDemo: false })]));
    renderApp();
    await screen.findByRole("link", { name: "Holmen" });
    expect(screen.queryByRole("heading", { name: "Demodata" })).not.toBeInTheDocument();
  });

  it("shows an accessible loading state under the page heading, then the list", async () => {
    let answer = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    server.use(
      http.get(apiUrl("/centres"), async () => {
        await answered;
        return HttpResponse.json(CentreList.parse(sevenCentres()));
      }),
    );
    renderApp();

    const status = await screen.findByRole("status");
    expect(status).toHaveAttribute("aria-busy", "true");
    expect(status).toHaveTextContent("Laster …");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Lokalsentre og innbyggertorg");

    answer();
    await screen.findByRole("list", { name: "Lokalsentre" });
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
  });

  it("shows an empty state when there are no centres", async () => {
    server.use(http.get(apiUrl("/centres"), () => HttpResponse.json([])));
    renderApp();
    expect(await screen.findByText("Det er ingen lokalsentre å vise ennå.")).toBeInTheDocument();
  });

  it("shows the translated problem and a retry that works", async () => {
    server.use(http.get(apiUrl("/centres"), () => problemResponse(500, "internal_error"), { once: true }));
    const { user } = renderApp();

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Noe gikk galt hos oss. Prøv igjen om litt.");
    await user.click(within(alert).getByRole("button", { name: "Prøv igjen" }));

    expect(await screen.findByRole("list", { name: "Lokalsentre" })).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("shows a network error with a retry", async () => {
    server.use(http.get(apiUrl("/centres"), () => HttpResponse.error(), { once: true }));
    const { user } = renderApp();

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Fikk ikke kontakt med tjenesten.");
    await user.click(within(alert).getByRole("button", { name: "Prøv igjen" }));
    expect(await screen.findByRole("list", { name: "Lokalsentre" })).toBeInTheDocument();
  });
});
