import { ReturnTo } from "@sambruk/contracts";

export const LOGIN_PATH = "/logg-inn";

/** `value` if it is a path of this site (starts with "/", not "//"), else null: never an open redirect. */
export function safeReturnTo(value: string | null | undefined): string | null {
  if (value == null) return null;
  return ReturnTo.safeParse(value).success ? value : null;
}

/** The login page, coming back to `returnTo` afterwards (not to the login page itself). */
export function loginPath(returnTo?: string): string {
  const back = safeReturnTo(returnTo);
  if (back === null || back === "/" || back.startsWith(LOGIN_PATH)) return LOGIN_PATH;
  return `${LOGIN_PATH}?${new URLSearchParams({ returnTo: back }).toString()}`;
}

/** A provider's login address with the path to come back to. */
export function providerLoginHref(loginUrl: string, returnTo: string): string {
  const separator = loginUrl.includes("?") ? "&" : "?";
  return `${loginUrl}${separator}${new URLSearchParams({ returnTo }).toString()}`;
}
