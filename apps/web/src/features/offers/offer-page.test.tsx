import { screen, waitFor, within } from "@testing-library/react";
import { createI18n } from "../../lib/i18n/create-i18n";
import { buildOfferView, offerHandlers } from "../../testing/offer-handlers";
import { renderApp } from "../../testing/render-app";
import { server } from "../../testing/server";

const TOKEN = "offer-token-0123456789abcdef";

describe("the offer page a bumped booker opens from the e-mail", () => {
  it("shows what was bumped and what is offered, and accepts only on the button, with a receipt", async () => {
    const offer = buildOfferView();
    const api = offerHandlers(offer, TOKEN);
    server.use(...api.handlers);
    const { user } = renderApp({ path: `/tilbud/${offer.id}?token=${TOKEN}` });

    expect(await screen.findByRole("heading", { level: 1, name: "Tilbud om ny tid" })).toBeInTheDocument();
    expect(await screen.findByText(/Bookingen din «Språkkafé» måtte vike/)).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "Dette hadde du" })).toBeInTheDocument();
    expect(screen.getByText("Møtesalen, Heggedal")).toBeInTheDocument();
    expect(screen.getByText("Møterom 2, Heggedal")).toBeInTheDocument();
    expect(screen.getAllByText("tirsdag 17. mars 2026, 18:00–20:00")).toHaveLength(2);
    expect(screen.getByText("Svar innen tirsdag 17. mars 2026, 18:00.")).toBeInTheDocument();
    expect(api.accepts).toEqual([]);

    await user.click(screen.getByRole("button", { name: "Ta imot" }));
    const receipt = await screen.findByRole("heading", { name: "Tilbudet er tatt imot" });
    await waitFor(() => {
      expect(receipt).toHaveFocus();
    });
    expect(screen.getByText("Du har fått Møterom 2, tirsdag 17. mars 2026, 18:00–20:00.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Gå til Mine bookinger" })).toHaveAttribute("href", "/mine-bookinger");
    expect(api.accepts).toEqual([{ id: offer.id, token: TOKEN }]);
  });

  it("says an expired offer can no longer be taken, without a button", async () => {
    const offer = buildOfferView({ status: "expired" });
    server.use(...offerHandlers(offer, TOKEN).handlers);
    renderApp({ path: `/tilbud/${offer.id}?token=${TOKEN}` });

    expect(await screen.findByText("Svarfristen for tilbudet har gått ut.")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Tilbudet er ikke åpent lenger" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Ta imot" })).not.toBeInTheDocument();
  });

  it("says when the offer was taken meanwhile (409), pointing to the other offers", async () => {
    const offer = buildOfferView();
    const api = offerHandlers(offer, TOKEN);
    server.use(...api.handlers);
    const { user } = renderApp({ path: `/tilbud/${offer.id}?token=${TOKEN}` });
    const accept = await screen.findByRole("button", { name: "Ta imot" });
    offer.status = "withdrawn";
    await user.click(accept);

    const alert = await screen.findByRole("alert");
    expect(within(alert).getByRole("heading", { name: "Tilbudet kan ikke tas imot" })).toBeInTheDocument();
    expect(alert).toHaveTextContent("De andre tilbudene i e-posten kan fortsatt være åpne.");
    await waitFor(() => {
      expect(screen.queryByRole("button", { name: "Ta imot" })).not.toBeInTheDocument();
    });
  });

  it("refuses a wrong link (403) in plain words", async () => {
    const offer = buildOfferView();
    server.use(...offerHandlers(offer, TOKEN).handlers);
    renderApp({ path: `/tilbud/${offer.id}?token=another-token-0123456789` });
    expect(await screen.findByRole("alert")).toHaveTextContent("Lenken åpner ikke dette tilbudet.");
  });

  it("explains a link without its code, in English", async () => {
    const i18n = createI18n();
    await i18n.changeLanguage("en");
    renderApp({ path: "/tilbud/00000000-0000-4000-8000-000000000001", i18n });
    expect(await screen.findByText(/The link lacks the code from the e-mail/)).toBeInTheDocument();
  });
});
