import { screen } from "@testing-library/react";
import { renderApp } from "../../testing/render-app";

describe("language switch", () => {
  it("starts in bokmål", async () => {
    renderApp();
    expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent("Lokalsentre og innbyggertorg");
    expect(screen.getByRole("combobox", { name: "Språk" })).toHaveValue("nb");
    expect(document.documentElement.lang).toBe("nb");
    expect(window.localStorage.getItem("sambruk.language")).toBeNull();
  });

  it("switches the texts to English and nynorsk and sets <html lang>", async () => {
    const { user } = renderApp();
    await screen.findByRole("link", { name: "Tofte" });

    await user.selectOptions(screen.getByRole("combobox", { name: "Språk" }), "en");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Local centres and citizen squares");
    expect(screen.getByRole("heading", { name: "Demo data" })).toBeInTheDocument();
    expect(screen.getAllByText("Opening hours today (Thursday)")).toHaveLength(7);
    expect(screen.getByRole("link", { name: "Skip to main content" })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("en");
    expect(window.localStorage.getItem("sambruk.language")).toBe("en");
    expect(document.title).toBe("Local centres – Sambruk");

    await user.selectOptions(screen.getByRole("combobox", { name: "Language" }), "nn");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Lokalsenter og innbyggjartorg");
    expect(screen.getAllByText("Opningstid i dag (torsdag)")).toHaveLength(7);
    expect(screen.getAllByText("Ope no")).toHaveLength(7);
    expect(document.documentElement.lang).toBe("nn");
  });

  it("remembers the choice across a reload", async () => {
    const first = renderApp();
    await screen.findByRole("link", { name: "Tofte" });
    await first.user.selectOptions(screen.getByRole("combobox", { name: "Språk" }), "en");
    first.unmount();
    document.documentElement.lang = "";

    // A new i18n instance, QueryClient and router: what a page reload builds.
    renderApp();
    expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent("Local centres and citizen squares");
    expect(screen.getByRole("combobox", { name: "Language" })).toHaveValue("en");
    expect(document.documentElement.lang).toBe("en");
  });

  it("offers each language in its own name and language", () => {
    renderApp();
    const options = screen.getAllByRole("option");
    expect(options.map((option) => [option.textContent, option.getAttribute("lang")])).toEqual([
      ["Norsk bokmål", "nb"],
      ["Norsk nynorsk", "nn"],
      ["English", "en"],
    ]);
  });
});
