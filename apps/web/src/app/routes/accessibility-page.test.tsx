import { screen, within } from "@testing-library/react";
import { renderApp } from "../../testing/render-app";

describe("accessibility statement", () => {
  it("names the standard, what was tested, the known limitation, how to report, and the date", async () => {
    renderApp({ path: "/tilgjengelighet" });

    expect(await screen.findByRole("heading", { level: 1, name: "Tilgjengelighetserklæring" })).toBeInTheDocument();
    expect(document.title).toBe("Tilgjengelighetserklæring – Sambruk");
    expect(screen.getByText(/WCAG 2\.1 på nivå AA/)).toHaveTextContent("forskrift om universell utforming av IKT-løsninger");

    const tested = within(screen.getByRole("region", { name: "Hvordan vi har testet" }));
    expect(tested.getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      expect.stringMatching(/axe på hver side, på bokmål, nynorsk og engelsk/),
      expect.stringMatching(/bare tastatur/),
      expect.stringMatching(/200 %/),
      expect.stringMatching(/listevisning/),
    ]);
    const limits = within(screen.getByRole("region", { name: "Kjente mangler" }));
    expect(limits.getByText(/Kalenderrutenettet fungerer dårlig med skjermleser/)).toBeInTheDocument();
    const report = within(screen.getByRole("region", { name: "Meld fra om problemer" }));
    expect(report.getByText(/Kontakt Asker kommune/)).toBeInTheDocument();
    expect(screen.queryByText(/@/)).not.toBeInTheDocument();

    expect(screen.getByText("28. november 2026")).toHaveAttribute("datetime", "2026-11-28");
  });

  it("is linked from the footer, and reads in English", async () => {
    window.localStorage.setItem("sambruk.language", "en");
    const { user } = renderApp();
    const footer = within(screen.getByRole("contentinfo"));

    await user.click(footer.getByRole("link", { name: "Accessibility statement" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Accessibility statement" })).toBeInTheDocument();
    expect(screen.getByText("28 November 2026")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "Known limitations" })).toBeInTheDocument();
  });
});
