import { act, screen, within } from "@testing-library/react";
import { myBookingsHandlers, sessionHandlers, type FakeSession } from "../../../testing/auth-handlers";
import { buildCalendarFeed, calendarFeedHandlers } from "../../../testing/calendar-feed-handlers";
import { buildMe } from "../../../testing/factories";
import { renderApp } from "../../../testing/render-app";
import { server } from "../../../testing/server";
import type { CalendarFeed } from "@sambruk/contracts";

function signedIn(feeds: CalendarFeed[] = []) {
  const me = buildMe();
  const session: FakeSession = { me };
  const api = calendarFeedHandlers(session, feeds);
  server.use(...sessionHandlers(session), ...myBookingsHandlers(session, () => []).handlers, ...api.handlers);
  return { ...api, me };
}

async function feedsSection() {
  return within(await screen.findByRole("region", { name: "Abonner på kalenderen" }));
}

describe("calendar links on My bookings", () => {
  it("makes a link of one's own bookings and shows its URL once, with a copy button and a secrecy note", async () => {
    const api = signedIn();
    const { user } = renderApp({ path: "/mine-bookinger" });
    const section = await feedsSection();
    expect(await section.findByText("Du har ingen kalenderlenker.")).toBeInTheDocument();
    await user.click(section.getByRole("button", { name: "Lag kalenderlenke" }));

    const field = await section.findByRole("textbox", { name: "Kalenderlenke" });
    const url = (field as HTMLInputElement).value;
    expect(url).toMatch(/^https:\/\/sambruk\.example\.test\/api\/v1\/ical\/feeds\/secret-.+\.ics$/);
    expect(field).toHaveAttribute("readonly");
    expect(section.getByText(/Lenken er hemmelig/)).toBeInTheDocument();
    expect(api.created).toEqual([{}]);
    const list = await section.findByRole("list", { name: "Kalenderlenkene dine" });
    expect(within(list).getByText("Mine bookinger")).toBeInTheDocument();

    const writeText = jest.spyOn(navigator.clipboard, "writeText");
    await user.click(section.getByRole("button", { name: "Kopier" }));
    expect(await section.findByText("Lenken er kopiert.")).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(url);
  });

  it("makes a link of an organisation's bookings; the URL is gone once one leaves the page", async () => {
    const api = signedIn();
    const { user, router } = renderApp({ path: "/mine-bookinger" });
    const section = await feedsSection();
    await user.click(section.getByRole("button", { name: "Lag kalenderlenke for Asker frivilligsentral" }));
    expect(await section.findByRole("textbox", { name: "Kalenderlenke" })).toBeInTheDocument();
    expect(api.created).toEqual([{ organisationId: api.me.memberships[1]!.organisationId }]);

    await act(() => router.navigate("/varsler"));
    expect(await screen.findByRole("heading", { level: 1, name: "Varsler" })).toBeInTheDocument();
    await act(() => router.navigate("/mine-bookinger"));
    const again = await feedsSection();
    expect(await again.findByText("Asker frivilligsentral")).toBeInTheDocument();
    expect(again.queryByRole("textbox", { name: "Kalenderlenke" })).not.toBeInTheDocument();
  });

  it("revokes a link after a confirm step, sending DELETE", async () => {
    const feed = buildCalendarFeed();
    const api = signedIn([feed]);
    const { user } = renderApp({ path: "/mine-bookinger" });
    const section = await feedsSection();
    const revoke = await section.findByRole("button", { name: /^Trekk tilbake kalenderlenken for Mine bookinger/ });

    await user.click(revoke);
    await user.click(section.getByRole("button", { name: "Avbryt" }));
    expect(api.revoked).toEqual([]);

    await user.click(section.getByRole("button", { name: /^Trekk tilbake kalenderlenken/ }));
    const confirm = section.getByRole("button", { name: "Ja, trekk tilbake" });
    expect(confirm).toHaveFocus();
    await user.click(confirm);
    expect(await section.findByText("Du har ingen kalenderlenker.")).toBeInTheDocument();
    expect(api.revoked).toEqual([feed.id]);
  });
});
