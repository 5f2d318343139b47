import { screen, within } from "@testing-library/react";
import { http } from "msw";
import { loginHandlers, myBookingsHandlers, sessionHandlers, type FakeSession } from "../../testing/auth-handlers";
import { buildDemoUser, buildMe, buildProviders } from "../../testing/factories";
import { apiUrl, problemResponse } from "../../testing/handlers";
import { renderApp } from "../../testing/render-app";
import { server } from "../../testing/server";

const nils = buildDemoUser({ displayName: "Nils Veileder (demo)", roles: ["staff"], organisations: ["NAV Asker"] });
const kari = buildDemoUser({
  displayName: "Kari Skranke (demo)",
  roles: ["staff", "front_desk"],
  organisations: [],
  frontDeskCentres: ["Heggedal"],
});

function signedOutServer(providers = buildProviders()) {
  const session: FakeSession = { me: null };
  server.use(
    ...sessionHandlers(session),
    ...loginHandlers(session, {
      providers,
      demoUsers: [nils, kari],
      meOf: (user) => buildMe({ user: { id: user.id, displayName: user.displayName, email: null } }),
    }),
    ...myBookingsHandlers(session, () => []).handlers,
  );
  return session;
}

describe("login page", () => {
  it("offers each provider with whom it is for, coming back to returnTo", async () => {
    signedOutServer();
    renderApp({ path: "/logg-inn?returnTo=%2Fmine-bookinger" });

    const idporten = await screen.findByRole("link", { name: "Logg inn med ID-porten" });
    expect(screen.getByRole("heading", { level: 1, name: "Logg inn" })).toBeInTheDocument();
    expect(document.title).toBe("Logg inn – Sambruk");
    expect(idporten).toHaveAttribute("href", "/api/v1/auth/login/idporten?returnTo=%2Fmine-bookinger");
    expect(idporten).toHaveAccessibleDescription("For innbyggere og frivillige.");
    expect(screen.getByRole("link", { name: "Logg inn med Asker kommune (ansatt)" })).toHaveAccessibleDescription(
      "For ansatte i Asker kommune.",
    );
  });

  it("lists the demo users with their roles and organisations, and logs in as one", async () => {
    const session = signedOutServer();
    const { user, router } = renderApp({ path: "/logg-inn?returnTo=%2Fmine-bookinger" });

    const list = await screen.findByRole("list", { name: "Demobrukere" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    const karisCard = within(items[1] as HTMLElement);
    expect(karisCard.getByRole("heading", { level: 3, name: "Kari Skranke (demo)" })).toBeInTheDocument();
    expect(karisCard.getByText("kommunalt ansatt, skrankevakt")).toBeInTheDocument();
    expect(karisCard.getByText("Ingen")).toBeInTheDocument();
    expect(karisCard.getByText("Heggedal")).toBeInTheDocument();
    expect(within(items[0] as HTMLElement).getByText("NAV Asker")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Logg inn som Nils Veileder (demo)" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Mine bookinger" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/mine-bookinger");
    expect(session.me?.user.displayName).toBe("Nils Veileder (demo)");
    expect(within(screen.getByRole("banner")).getByText("Nils Veileder (demo)")).toBeInTheDocument();
  });

  it("goes to the front page after login when returnTo is not a path of this site", async () => {
    signedOutServer();
    const { user, router } = renderApp({ path: "/logg-inn?returnTo=%2F%2Fevil.example" });

    await user.click(await screen.findByRole("button", { name: "Logg inn som Kari Skranke (demo)" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Lokalsentre og innbyggertorg" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/");
    expect(within(screen.getByRole("banner")).getByRole("link", { name: "Mine bookinger" })).toBeInTheDocument();
  });

  it("shows an alert when the provider's callback reports a failed login", async () => {
    signedOutServer();
    renderApp({ path: "/logg-inn?feil=login_failed" });

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Innloggingen mislyktes");
    expect(alert).toHaveTextContent("Innloggingen mislyktes. Prøv igjen.");
  });

  it("shows no demo section when demo login is off", async () => {
    signedOutServer(buildProviders({ demoLogin: false }));
    renderApp({ path: "/logg-inn" });

    await screen.findByRole("link", { name: "Logg inn med ID-porten" });
    expect(screen.queryByRole("heading", { name: "Demo" })).not.toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("says so when demo login is refused for too many attempts", async () => {
    signedOutServer();
    server.use(http.post(apiUrl("/auth/demo-login"), () => problemResponse(429, "too_many_requests")));
    const { user } = renderApp({ path: "/logg-inn" });

    await user.click(await screen.findByRole("button", { name: "Logg inn som Nils Veileder (demo)" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Du har gjort for mange forsøk på kort tid.");
    expect(screen.getByRole("heading", { level: 1, name: "Logg inn" })).toBeInTheDocument();
  });

  it("is in English when English is chosen", async () => {
    window.localStorage.setItem("sambruk.language", "en");
    signedOutServer();
    renderApp({ path: "/logg-inn" });

    expect(await screen.findByRole("link", { name: "Log in with ID-porten" })).toHaveAccessibleDescription(
      "For residents and volunteers.",
    );
    expect(await screen.findByRole("button", { name: "Log in as Nils Veileder (demo)" })).toBeInTheDocument();
  });
});
