import { screen, waitFor } from "@testing-library/react";
import { cancelAppointmentHandlers } from "../../../testing/drop-in-handlers";
import { createI18n } from "../../../lib/i18n/create-i18n";
import { renderApp } from "../../../testing/render-app";
import { server } from "../../../testing/server";

const ID = "00000000-0000-4000-8000-777777777777";
const TOKEN = "cancel-token-0123456789abcdef";

describe("cancelling an appointment from the receipt's link", () => {
  it("cancels with the token after a confirmation", async () => {
    const api = cancelAppointmentHandlers(TOKEN);
    server.use(...api.handlers);
    const { user } = renderApp({ path: `/avbestill-time/${ID}?token=${TOKEN}` });
    expect(await screen.findByRole("heading", { level: 1, name: "Avbestill time" })).toBeInTheDocument();
    expect(api.calls).toEqual([]);
    await user.click(screen.getByRole("button", { name: "Avbestill timen" }));
    const done = await screen.findByText("Timen er avbestilt.");
    await waitFor(() => {
      expect(done).toHaveFocus();
    });
    expect(api.calls).toEqual([{ id: ID, token: TOKEN }]);
  });

  it("says what went wrong when the token is not accepted", async () => {
    server.use(...cancelAppointmentHandlers(TOKEN).handlers);
    const { user } = renderApp({ path: `/avbestill-time/${ID}?token=another-token-0123456789` });
    await user.click(await screen.findByRole("button", { name: "Avbestill timen" }));
    expect(await screen.findByText("Du har ikke tilgang til å gjøre dette.")).toBeInTheDocument();
  });

  it("explains a link without its token, in English", async () => {
    const i18n = createI18n();
    await i18n.changeLanguage("en");
    renderApp({ path: `/avbestill-time/${ID}`, i18n });
    expect(await screen.findByRole("heading", { level: 1, name: "Cancel an appointment" })).toBeInTheDocument();
    expect(screen.getByText("The link lacks the cancel code. Use the whole link you got when you booked.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Cancel the appointment" })).not.toBeInTheDocument();
  });
});
