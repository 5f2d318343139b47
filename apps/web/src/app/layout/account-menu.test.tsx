import { screen, waitFor, within } from "@testing-library/react";
import { CSRF_HEADER } from "@sambruk/contracts";
import { http } from "msw";
import { browserLocation } from "../../lib/browser-location";
import { loginHandlers, myBookingsHandlers, sessionHandlers, type FakeSession } from "../../testing/auth-handlers";
import { buildMe, buildMembership, TEST_CSRF_TOKEN } from "../../testing/factories";
import { apiUrl } from "../../testing/handlers";
import { renderApp } from "../../testing/render-app";
import { server } from "../../testing/server";

function signedIn(session: FakeSession = { me: buildMe() }) {
  server.use(...sessionHandlers(session));
  return session;
}

async function findAccount() {
  return within(await screen.findByRole("region", { name: "Konto" }));
}

describe("account menu", () => {
  it("offers a login link that comes back to the page, when signed out", async () => {
    server.use(...loginHandlers({ me: null }, { meOf: () => buildMe() }));
    const { user, router } = renderApp({ path: "/sentre/finnes-ikke" });

    const login = await screen.findByRole("link", { name: "Logg inn" });
    expect(login).toHaveAttribute("href", "/logg-inn?returnTo=%2Fsentre%2Ffinnes-ikke");
    await user.click(login);
    expect(router.state.location.pathname).toBe("/logg-inn");
  });

  it("shows the user's name and whom they act for, offering only organisations they may book for", async () => {
    signedIn();
    renderApp();

    const account = await findAccount();
    expect(account.getByText("Nils Veileder (demo)")).toBeInTheDocument();
    const select = account.getByRole("combobox", { name: "Handler på vegne av" });
    expect(select).toHaveDisplayValue("NAV Asker");
    expect(within(select).getAllByRole("option").map((option) => option.textContent)).toEqual([
      "NAV Asker",
      "Asker frivilligsentral",
    ]);
    expect(account.getByRole("link", { name: "Mine bookinger" })).toHaveAttribute("href", "/mine-bookinger");
    expect(screen.queryByRole("link", { name: "Logg inn" })).not.toBeInTheDocument();
  });

  it("switches whom the user acts for with a PUT that carries the CSRF token", async () => {
    const session = signedIn();
    const tokens: (string | null)[] = [];
    // Records the header and falls through to the fake session, which refuses a wrong or missing token.
    server.use(
      http.put(apiUrl("/auth/acting-for"), ({ request }) => {
        tokens.push(request.headers.get(CSRF_HEADER));
      }),
    );
    const { user } = renderApp();

    const account = await findAccount();
    await user.selectOptions(account.getByRole("combobox", { name: "Handler på vegne av" }), "Asker frivilligsentral");

    await waitFor(() => {
      expect(session.me?.actingFor?.organisationName).toBe("Asker frivilligsentral");
    });
    expect(account.getByRole("combobox", { name: "Handler på vegne av" })).toHaveDisplayValue("Asker frivilligsentral");
    expect(tokens).toEqual([TEST_CSRF_TOKEN]);
  });

  it("says so when switching is refused", async () => {
    signedIn();
    server.use(http.put(apiUrl("/auth/acting-for"), () => Response.json({}, { status: 500 })));
    const { user } = renderApp();

    const account = await findAccount();
    await user.selectOptions(account.getByRole("combobox", { name: "Handler på vegne av" }), "Asker frivilligsentral");
    expect(await account.findByText("Tjenesten svarte med en uventet feil (status 500).")).toBeInTheDocument();
  });

  it("just names the organisation when there is nothing to choose between", async () => {
    const only = buildMembership({ organisationName: "Heggedal seniorsenter" });
    signedIn({ me: buildMe({ memberships: [only] }) });
    renderApp();

    const account = await findAccount();
    expect(account.queryByRole("combobox")).not.toBeInTheDocument();
    expect(account.getByText("Heggedal seniorsenter")).toBeInTheDocument();
  });

  it("logs out and goes to the front page", async () => {
    const session = signedIn();
    server.use(...myBookingsHandlers(session, () => []).handlers);
    const { user, router } = renderApp({ path: "/mine-bookinger" });
    await screen.findByText("Det er ingen kommende bookinger.");

    await user.click((await findAccount()).getByRole("button", { name: "Logg ut" }));

    expect(await screen.findByRole("link", { name: "Logg inn" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/");
    expect(session.me).toBeNull();
    expect(screen.queryByText("Nils Veileder (demo)")).not.toBeInTheDocument();
  });

  it("sends the browser to the provider's logout when the API names one", async () => {
    const assign = jest.spyOn(browserLocation, "assign").mockImplementation(() => undefined);
    signedIn({ me: buildMe({ provider: "idporten" }), providerLogoutUrl: "https://idporten.example/logout?x=1" });
    const { user } = renderApp();

    await user.click((await findAccount()).getByRole("button", { name: "Logg ut" }));

    expect(await screen.findByRole("link", { name: "Logg inn" })).toBeInTheDocument();
    expect(assign).toHaveBeenCalledWith("https://idporten.example/logout?x=1");
  });
});
