import {
  ActingForRequest,
  AuthProviders,
  BookingDetailList,
  CSRF_HEADER,
  DemoLoginRequest,
  DemoUsers,
  LogoutResult,
  Me,
  MyBookingsQuery,
  type BookingDetail,
  type DemoUser,
} from "@sambruk/contracts";
import { http, HttpResponse } from "msw";
import { buildProviders } from "./factories";
import { apiUrl, problemResponse } from "./handlers";

/** The fake API's session: who is signed in, and where logout sends the browser. Tests read and set it. */
export interface FakeSession {
  me: Me | null;
  providerLogoutUrl?: string | null;
}

/** No session: GET /auth/me answers 401, as the API does for a visitor. The default of every test. */
export function signedOutHandlers() {
  return [http.get(apiUrl("/auth/me"), () => problemResponse(401, "authentication_required"))];
}

function csrfFailure(request: Request, session: FakeSession) {
  if (!session.me) return problemResponse(401, "authentication_required");
  if (request.headers.get(CSRF_HEADER) !== session.me.csrfToken) return problemResponse(403, "csrf_token_invalid");
  return null;
}

/** GET /auth/me, PUT /auth/acting-for and POST /auth/logout over `session`, with the API's CSRF check. */
export function sessionHandlers(session: FakeSession) {
  return [
    http.get(apiUrl("/auth/me"), () =>
      session.me ? HttpResponse.json(Me.parse(session.me)) : problemResponse(401, "authentication_required"),
    ),
    http.put(apiUrl("/auth/acting-for"), async ({ request }) => {
      const failure = csrfFailure(request, session);
      if (failure) return failure;
      if (!session.me) return problemResponse(401, "authentication_required");
      const { organisationId } = ActingForRequest.parse(await request.json());
      const membership = session.me.memberships.find((m) => m.organisationId === organisationId);
      if (!membership) return problemResponse(403, "forbidden");
      const { organisationName, organisationKind } = membership;
      session.me = { ...session.me, actingFor: { organisationId, organisationName, organisationKind } };
      return HttpResponse.json(Me.parse(session.me));
    }),
    http.post(apiUrl("/auth/logout"), ({ request }) => {
      const failure = csrfFailure(request, session);
      if (failure) return failure;
      session.me = null;
      return HttpResponse.json(LogoutResult.parse({ providerLogoutUrl: session.providerLogoutUrl ?? null }));
    }),
  ];
}

interface LoginOptions {
  providers?: AuthProviders;
  demoUsers?: DemoUser[];
  /** The `me` a demo login as this user starts. */
  meOf: (user: DemoUser) => Me;
}

/** GET /auth/providers, GET /auth/demo-users and POST /auth/demo-login, which signs `session` in. */
export function loginHandlers(session: FakeSession, { providers = buildProviders(), demoUsers = [], meOf }: LoginOptions) {
  return [
    http.get(apiUrl("/auth/providers"), () => HttpResponse.json(AuthProviders.parse(providers))),
    http.get(apiUrl("/auth/demo-users"), () =>
      providers.demoLogin ? HttpResponse.json(DemoUsers.parse(demoUsers)) : problemResponse(404, "not_found"),
    ),
    http.post(apiUrl("/auth/demo-login"), async ({ request }) => {
      const { userId } = DemoLoginRequest.parse(await request.json());
      const user = demoUsers.find((candidate) => candidate.id === userId);
      if (!user) return problemResponse(422, "validation_failed");
      session.me = meOf(user);
      return HttpResponse.json(Me.parse(session.me));
    }),
  ];
}

/** GET /me/bookings: what `bookingsFor` returns for the parsed query; records each query asked. */
export function myBookingsHandlers(session: FakeSession, bookingsFor: (query: MyBookingsQuery) => BookingDetail[]) {
  const queries: MyBookingsQuery[] = [];
  const handler = http.get(apiUrl("/me/bookings"), ({ request }) => {
    if (!session.me) return problemResponse(401, "authentication_required");
    const query = MyBookingsQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
    queries.push(query);
    return HttpResponse.json(BookingDetailList.parse(bookingsFor(query)));
  });
  return { handlers: [handler], queries };
}
