// Authorisation-matrix recipes for the notification routes (see access-recipes.ts). Each user sees only their
// own notifications, so a notification id the caller does not have is answered 404, which is the route's answer.
import { randomUUID } from "node:crypto";
import type { AccessRecipe } from "./access-recipes";

export const notificationAccessRecipes: Record<string, AccessRecipe> = {
  listNotifications: { request: async () => ({}) },
  markNotificationRead: { request: async () => ({ params: { id: randomUUID() } }), missingIsAnswer: true },
  markAllNotificationsRead: { request: async () => ({}) },
};
