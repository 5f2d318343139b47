// Signing in as the seed's demo people through the API, and Oslo wall-clock times as instants.
import { expect, type APIRequestContext, type Browser, type BrowserContext } from "@playwright/test";

/** Fixed ids of the seed's demo people. */
export const DEMO = {
  /** Vera, the host at Slemmestad and Asker sentrum. */
  host: "de000000-0000-4000-8000-000000000101",
  admin: "de000000-0000-4000-8000-000000000102",
  /** Sara, coordinator of the verified volunteer group Språkkafé Asker. */
  cafeCoordinator: "de000000-0000-4000-8000-000000000105",
  /** Stine, contact of an informal, not yet verified group: her requests always wait for the desk. */
  informalCoordinator: "de000000-0000-4000-8000-000000000106",
  resident: "de000000-0000-4000-8000-000000000107",
} as const;

export interface Me {
  csrfToken: string;
  memberships: { organisationId: string; mayBook: boolean }[];
}

export interface Session {
  context: BrowserContext;
  request: APIRequestContext;
  me: Me;
}

/** A new browser context signed in as the demo user through the API. */
export async function signedIn(browser: Browser, userId: string): Promise<Session> {
  const context = await browser.newContext();
  const response = await context.request.post("/api/v1/auth/demo-login", { data: { userId } });
  expect(response.status()).toBe(200);
  return { context, request: context.request, me: (await response.json()) as Me };
}

/** "HH:MM" on the date "yyyy-MM-dd" in Oslo, as an instant with Oslo's offset that day. */
export function osloInstant(date: string, time: string): string {
  const offset = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Oslo", timeZoneName: "longOffset" })
    .formatToParts(new Date(`${date}T12:00:00Z`))
    .find((part) => part.type === "timeZoneName")
    ?.value.replace("GMT", "");
  return `${date}T${time}:00${offset ? offset : "+00:00"}`;
}
