// /notifications: the signed-in user's in-app list, and marking it read. Each user sees only their own; someone
// else's notification is answered as if it did not exist.
import { Router } from "express";
import { NotificationPathParams, NotificationRead, NotificationsMarkedRead } from "@sambruk/contracts";
import type { ActorResolver } from "../../http/actor";
import { notFound, parseRequest } from "../../http/problem";
import { toNotificationItem } from "./notifications.mapper";
import type { NotificationsRepository } from "./notifications.repository";

export interface NotificationsRouterDeps {
  actors: ActorResolver;
  notifications: NotificationsRepository;
  publicUrl: string;
  now?: () => Date;
}

export function notificationsRouter({ actors, notifications, publicUrl, now = () => new Date() }: NotificationsRouterDeps): Router {
  const router = Router();

  router.get("/", async (req, res) => {
    const { userId } = await actors.require(req);
    const [records, locale] = await Promise.all([notifications.listFor(userId), notifications.findLocale(userId)]);
    res.json(records.map((record) => toNotificationItem(record, locale, publicUrl)));
  });

  router.post("/read-all", async (req, res) => {
    const { userId } = await actors.require(req);
    res.json(NotificationsMarkedRead.parse({ marked: await notifications.markAllRead(userId, now()) }));
  });

  router.post("/:id/read", async (req, res) => {
    const { userId } = await actors.require(req);
    const { id } = parseRequest(NotificationPathParams, req.params, "params");
    if (!(await notifications.markRead(userId, id, now()))) throw notFound(`No notification with id ${id}.`);
    const record = await notifications.findOne(userId, id);
    if (!record?.readAt) throw notFound(`No notification with id ${id}.`);
    res.json(NotificationRead.parse({ id, readAt: record.readAt.toISOString() }));
  });
  return router;
}
