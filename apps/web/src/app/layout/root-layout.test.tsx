import { screen } from "@testing-library/react";
import { renderApp } from "../../testing/render-app";

describe("page shell", () => {
  it("has a skip link to the main region and the landmarks", async () => {
    renderApp();
    await screen.findByRole("link", { name: "Tofte" });

    const skip = screen.getByRole("link", { name: "Hopp til hovedinnholdet" });
    const main = screen.getByRole("main");
    expect(skip).toHaveAttribute("href", `#${main.id}`);
    expect(screen.getByRole("banner")).toHaveTextContent("Sambruk");
    expect(screen.getByRole("banner")).toHaveTextContent("Bestilling av lokaler på innbyggertorgene i Asker kommune");
    expect(screen.getByRole("navigation", { name: "Hovedmeny" })).toBeInTheDocument();
    expect(screen.getByRole("contentinfo")).toHaveTextContent("Asker kommune");
  });

  it("shows a not-found page for an unknown route", async () => {
    const { user } = renderApp({ path: "/finnes/ikke" });

    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Vi fant ikke siden");
    expect(document.title).toBe("Fant ikke siden – Sambruk");
    await user.click(screen.getByRole("link", { name: "Gå til forsiden" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Lokalsentre og innbyggertorg" })).toBeInTheDocument();
  });
});
