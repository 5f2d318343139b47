import { setupServer } from "msw/node";
import { signedOutHandlers } from "./auth-handlers";
import { centresHandlers } from "./handlers";

/** The API as seen by the web tests; a test overrides handlers with `server.use(...)`. */
export const server = setupServer(...centresHandlers(), ...signedOutHandlers());
