/** The client route of the signed-in user's notifications. */
export const NOTIFICATIONS_PATH = "/varsler";
