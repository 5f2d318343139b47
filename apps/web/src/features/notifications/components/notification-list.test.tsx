import { screen, within } from "@testing-library/react";
import { sessionHandlers, type FakeSession } from "../../../testing/auth-handlers";
import { buildMe } from "../../../testing/factories";
import { buildNotification, notificationHandlers } from "../../../testing/notification-handlers";
import { renderApp } from "../../../testing/render-app";
import { server } from "../../../testing/server";
import type { NotificationItem } from "@sambruk/contracts";

function signedIn(items: NotificationItem[]) {
  const session: FakeSession = { me: buildMe() };
  const api = notificationHandlers(session, items);
  server.use(...sessionHandlers(session), ...api.handlers);
  return api;
}

const older = () =>
  buildNotification({
    title: "Bookingen er flyttet",
    body: "Jobbklubb er flyttet.\nNy tid: fredag 13. mars 2026, 18:00–20:00",
    createdAt: "2026-03-11T23:15:00Z",
  });
const newest = () => buildNotification({ title: "Bookingen er bekreftet", createdAt: "2026-03-12T08:00:00Z" });
const read = () => buildNotification({ title: "Påminnelse", createdAt: "2026-03-10T07:00:00Z", readAt: "2026-03-10T08:00:00Z" });

async function listItems() {
  const list = await screen.findByRole("list", { name: "Varsler" });
  return within(list).getAllByRole("listitem");
}

describe("the notifications page", () => {
  it("lists the notifications newest first, with Oslo time, line breaks kept and the unread ones tagged", async () => {
    signedIn([older(), read(), newest()]);
    renderApp({ path: "/varsler" });
    expect(await screen.findByRole("heading", { level: 1, name: "Varsler" })).toBeInTheDocument();
    const [first, second, third] = await listItems();
    expect(within(first!).getByRole("heading", { level: 2 })).toHaveTextContent("Bookingen er bekreftet");
    expect(first).toHaveTextContent("12. mars 2026, 09:00");
    expect(second).toHaveTextContent("12. mars 2026, 00:15");
    const body = within(second!).getByText(/Jobbklubb er flyttet/);
    expect(body.textContent).toBe("Jobbklubb er flyttet.\nNy tid: fredag 13. mars 2026, 18:00–20:00");
    expect(body).toHaveClass("notification-item__body");
    expect(within(first!).getByText("Ny")).toBeInTheDocument();
    expect(within(second!).getByText("Ny")).toBeInTheDocument();
    expect(within(third!).queryByText("Ny")).not.toBeInTheDocument();
    expect(within(third!).queryByRole("button")).not.toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Du har 2 uleste varsler.");
    expect(document.title).toMatch(/^Varsler/);
  });

  it("marks one read: the request is sent and its tag and button go", async () => {
    const api = signedIn([newest(), older()]);
    const { user } = renderApp({ path: "/varsler" });
    const [first] = await listItems();
    await user.click(within(first!).getByRole("button", { name: "Merk som lest: Bookingen er bekreftet" }));
    await screen.findByText("Du har 1 ulest varsel.");
    const [after, other] = await listItems();
    expect(within(after!).queryByText("Ny")).not.toBeInTheDocument();
    expect(within(after!).queryByRole("button")).not.toBeInTheDocument();
    expect(within(other!).getByText("Ny")).toBeInTheDocument();
    expect(api.markedRead).toHaveLength(1);
    expect(within(after!).getByRole("heading", { level: 2 })).toHaveFocus();
  });

  it("marks all read", async () => {
    const api = signedIn([newest(), older()]);
    const { user } = renderApp({ path: "/varsler" });
    await user.click(await screen.findByRole("button", { name: "Merk alle som lest" }));
    expect(await screen.findByText("Du har ingen uleste varsler.")).toBeInTheDocument();
    expect(screen.queryByText("Ny")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Merk alle som lest" })).not.toBeInTheDocument();
    expect(api.readAll).toEqual([2]);
  });

  it("says so when there are none", async () => {
    signedIn([]);
    renderApp({ path: "/varsler" });
    expect(await screen.findByText("Ingen varsler ennå.")).toBeInTheDocument();
  });

  it("asks a visitor to log in", async () => {
    renderApp({ path: "/varsler" });
    expect(await screen.findByText(/Du må logge inn for å se varslene dine/)).toBeInTheDocument();
    const main = within(screen.getByRole("main"));
    expect(main.getByRole("link", { name: "Logg inn" })).toHaveAttribute("href", expect.stringContaining("varsler"));
  });

  it("is linked from the account menu, whose link says how many are unread", async () => {
    signedIn([newest(), older(), read()]);
    const { user } = renderApp({ path: "/" });
    const menu = within(await screen.findByRole("region", { name: "Konto" }));
    const link = await menu.findByRole("link", { name: "Varsler, 2 uleste" });
    await user.click(link);
    expect(await screen.findByRole("heading", { level: 1, name: "Varsler" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Merk alle som lest" }));
    expect(await menu.findByRole("link", { name: "Varsler" })).toBeInTheDocument();
  });
});
