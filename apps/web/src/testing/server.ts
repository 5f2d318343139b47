import { setupServer } from "msw/node";
import { signedOutHandlers } from "./auth-handlers";
import { noCalendarFeedsHandlers } from "./calendar-feed-handlers";
import { dropInListHandlers } from "./drop-in-handlers";
import { centresHandlers, noSpacesHandlers } from "./handlers";
import { noNotificationsHandlers } from "./notification-handlers";
import { noWaitlistHandlers } from "./waitlist-handlers";

/**
 * The API as seen by the web tests; a test overrides handlers with `server.use(...)`. No drop-in hours unless a
 * test gives some (the programme asks for them beside its items); no notifications and no calendar links (the
 * account menu and My bookings ask for them once signed in), no waitlist entries and no spaces unless a test gives some.
 */
export const server = setupServer(
  ...centresHandlers(),
  ...signedOutHandlers(),
  ...dropInListHandlers(() => []),
  ...noNotificationsHandlers(),
  ...noCalendarFeedsHandlers(),
  ...noWaitlistHandlers(),
  ...noSpacesHandlers(),
);
