import { SESSION_SCOPE } from "../../../lib/session-scope";

/** Query keys of the desk's forms; under the session scope, since which organisations the desk sees depends on who asks. */
export const deskFormsKeys = {
  all: [...SESSION_SCOPE, "desk-forms"] as const,
  organisations: () => [...deskFormsKeys.all, "organisations"] as const,
};
