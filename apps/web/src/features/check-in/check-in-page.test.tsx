import { screen, waitFor } from "@testing-library/react";
import { createI18n } from "../../lib/i18n/create-i18n";
import { checkInHandlers } from "../../testing/check-in-handlers";
import { renderApp } from "../../testing/render-app";
import { server } from "../../testing/server";

const ID = "00000000-0000-4000-8000-888888888888";
const TOKEN = "check-in-token-0123456789abcdef";

describe("checking in with the confirmation's link", () => {
  it("checks in only when the organiser presses the button", async () => {
    const api = checkInHandlers(TOKEN);
    server.use(...api.handlers);
    const { user } = renderApp({ path: `/sjekk-inn/${ID}?token=${TOKEN}` });
    expect(await screen.findByRole("heading", { level: 1, name: "Sjekk inn" })).toBeInTheDocument();
    expect(api.calls).toEqual([]);
    await user.click(screen.getByRole("button", { name: "Sjekk inn nå" }));
    const done = await screen.findByText("Dere er sjekket inn. God bruk av rommet!");
    await waitFor(() => {
      expect(done).toHaveFocus();
    });
    expect(api.calls).toEqual([{ id: ID, token: TOKEN }]);
  });

  it("says why when the booking cannot be checked in now", async () => {
    const api = checkInHandlers(TOKEN);
    api.calls.push({ id: ID, token: TOKEN });
    server.use(...api.handlers);
    const { user } = renderApp({ path: `/sjekk-inn/${ID}?token=${TOKEN}` });
    await user.click(await screen.findByRole("button", { name: "Sjekk inn nå" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Bookingen kan ikke sjekkes inn nå.");
  });

  it("explains a link without its code, in nynorsk", async () => {
    const i18n = createI18n();
    await i18n.changeLanguage("nn");
    renderApp({ path: `/sjekk-inn/${ID}`, i18n });
    expect(await screen.findByText(/Lenkja manglar koden frå stadfestinga/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Sjekk inn no" })).not.toBeInTheDocument();
  });
});
