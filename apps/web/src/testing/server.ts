import { setupServer } from "msw/node";
import { signedOutHandlers } from "./auth-handlers";
import { dropInListHandlers } from "./drop-in-handlers";
import { centresHandlers } from "./handlers";

/**
 * The API as seen by the web tests; a test overrides handlers with `server.use(...)`. No drop-in hours unless a
 * test gives some (the programme asks for them beside its items).
 */
export const server = setupServer(...centresHandlers(), ...signedOutHandlers(), ...dropInListHandlers(() => []));
