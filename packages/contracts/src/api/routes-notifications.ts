import { MAX_NOTIFICATIONS, NotificationList, NotificationRead, NotificationPathParams, NotificationsMarkedRead } from "../notifications";
import { jsonResponse, problemResponses, type ApiRoute } from "./route";

/** The in-app list of what happened to the signed-in user's bookings; each user sees only their own. */
export const notificationRoutes: readonly ApiRoute[] = [
  {
    operationId: "listNotifications",
    method: "get",
    path: "/api/v1/notifications",
    tag: "Notifications",
    auth: "user",
    summary: "List my notifications",
    description: `The signed-in user's notifications, newest first, at most ${MAX_NOTIFICATIONS}: each with its subject (\`title\`) and text in the user's language, as the e-mail said it.`,
    responses: {
      200: jsonResponse(NotificationList, "The notifications, newest first."),
      401: problemResponses.unauthenticated,
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "markNotificationRead",
    method: "post",
    path: "/api/v1/notifications/{id}/read",
    tag: "Notifications",
    auth: "user",
    summary: "Mark a notification read",
    description: "Marks one of the signed-in user's notifications read; reading it again keeps the first time. Someone else's notification is 404.",
    params: NotificationPathParams,
    parameterDescriptions: { id: "The notification." },
    responses: {
      200: jsonResponse(NotificationRead, "When the notification was first read."),
      400: problemResponses.invalidId,
      401: problemResponses.unauthenticated,
      403: problemResponses.forbidden,
      404: problemResponses.notFound,
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "markAllNotificationsRead",
    method: "post",
    path: "/api/v1/notifications/read-all",
    tag: "Notifications",
    auth: "user",
    summary: "Mark all my notifications read",
    description: "Marks every unread notification of the signed-in user read.",
    responses: {
      200: jsonResponse(NotificationsMarkedRead, "How many were unread."),
      401: problemResponses.unauthenticated,
      403: problemResponses.forbidden,
      default: problemResponses.unexpected,
    },
  },
];
