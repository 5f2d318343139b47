// The in-app list: each user sees only their own notifications, newest first, in their language.
import { NotificationList, NotificationRead } from "@sambruk/contracts";
import { useApiSuite } from "../../testing/api-suite";
import { signIn } from "../../testing/sessions";
import { booking, notifyNow, recipient } from "./notifications-world";

const suite = useApiSuite();

async function call(path: string, headers: Record<string, string>, method: "GET" | "POST" = "GET") {
  const response = await fetch(suite.app.url(`/api/v1/notifications${path}`), { method, headers });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe("/notifications", () => {
  it("lists the caller's own notifications, newest first, rendered in their language", async () => {
    const mine = await recipient(suite, "nn");
    const theirs = await recipient(suite, "en");
    const { bookingId } = await booking(suite, "Seniornett");
    await notifyNow(suite, { kind: "booking_confirmed", bookingId, userId: mine }, new Date("2026-11-01T10:00:00Z"));
    await notifyNow(suite, { kind: "booking_moved", bookingId, userId: mine, params: { reason: "Vasking" } }, new Date("2026-11-02T10:00:00Z"));
    await notifyNow(suite, { kind: "booking_released", bookingId, userId: theirs }, new Date("2026-11-03T10:00:00Z"));

    const { status, body } = await call("", (await signIn(suite.db, mine)).headers);
    expect(status).toBe(200);
    const list = NotificationList.parse(body);
    expect(list.map((item) => [item.kind, item.title])).toEqual([
      ["booking_moved", "Flytta: Seniornett"],
      ["booking_confirmed", "Stadfesta: Seniornett"],
    ]);
    expect(list[0]).toMatchObject({ bookingId, readAt: null });
    expect(list[0]?.body).toContain("Grunngjeving: Vasking");
    expect(list[0]?.body).toContain("/mine-bookinger");
  });

  it("marks one read (someone else's is 404) and all read", async () => {
    const mine = await recipient(suite, "nb");
    const theirs = await recipient(suite, "nb");
    const { bookingId } = await booking(suite);
    for (const userId of [mine, mine, theirs]) await notifyNow(suite, { kind: "booking_reminder", bookingId, userId }, new Date());
    const session = (await signIn(suite.db, mine)).headers;
    const [first] = NotificationList.parse((await call("", session)).body);
    const [others] = NotificationList.parse((await call("", (await signIn(suite.db, theirs)).headers)).body);

    expect((await call(`/${others?.id}/read`, session, "POST")).status).toBe(404);
    const read = await call(`/${first?.id}/read`, session, "POST");
    expect(read.status).toBe(200);
    expect(NotificationRead.parse(read.body)).toMatchObject({ id: first?.id });
    expect(await call("/read-all", session, "POST")).toEqual({ status: 200, body: { marked: 1 } });
    expect(NotificationList.parse((await call("", session)).body).every((item) => item.readAt !== null)).toBe(true);
    expect(await suite.db.prisma.notification.count({ where: { userId: theirs, readAt: null } })).toBe(1);
  });

  it("refuses the public", async () => {
    expect((await call("", {})).status).toBe(401);
  });
});
