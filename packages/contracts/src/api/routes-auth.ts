import { ActingForRequest, AuthProviders, DemoLoginRequest, DemoUsers, LogoutResult, Me } from "../auth";
import { BookingDetailList, MyBookingsQuery } from "../bookings";
import { jsonResponse, problemResponse, problemResponses, type ApiRoute } from "./route";

const signedIn = { 401: problemResponse("No session, or one that has ended.", ["authentication_required", "session_expired"]) };
const demoOff = problemResponse("Demo sign-in is off on this server, or there is no such demo user.", ["not_found"]);
const tooMany = problemResponse("Too many sign-in attempts from this address; `Retry-After` says when to try again.", ["too_many_requests"]);

export const authRoutes: readonly ApiRoute[] = [
  {
    operationId: "getAuthProviders",
    method: "get",
    path: "/api/v1/auth/providers",
    tag: "Auth",
    auth: "none",
    summary: "Ways to sign in",
    description: "The identity providers configured on this server (ID-porten for residents and volunteers, the municipality's for staff), and whether demo sign-in is on.",
    responses: { 200: jsonResponse(AuthProviders, "The providers."), default: problemResponses.unexpected },
  },
  {
    operationId: "listDemoUsers",
    method: "get",
    path: "/api/v1/auth/demo-users",
    tag: "Auth",
    auth: "none",
    summary: "The demo users",
    description: "The invented people of the demo data with their roles, to sign in as one of them. Only when demo sign-in is on (never in production).",
    responses: { 200: jsonResponse(DemoUsers, "The demo users, by name."), 404: demoOff, default: problemResponses.unexpected },
  },
  {
    operationId: "demoLogin",
    method: "post",
    path: "/api/v1/auth/demo-login",
    tag: "Auth",
    auth: "none",
    summary: "Sign in as a demo user",
    description: "Starts a session as the demo user (a new session id; any session the browser had ends) and sets the session cookie.",
    body: DemoLoginRequest,
    responses: {
      200: jsonResponse(Me, "Signed in: who the user is, and the CSRF token for writes."),
      400: problemResponses.invalidBody,
      404: demoOff,
      413: problemResponses.tooLarge,
      415: problemResponses.notJson,
      429: tooMany,
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "getMe",
    method: "get",
    path: "/api/v1/auth/me",
    tag: "Auth",
    auth: "user",
    summary: "Who am I",
    description: "The signed-in user: roles, memberships, front-desk centres, the organisation they act for, the CSRF token and when the session ends.",
    responses: { 200: jsonResponse(Me, "The session's user."), ...signedIn, default: problemResponses.unexpected },
  },
  {
    operationId: "setActingFor",
    method: "put",
    path: "/api/v1/auth/acting-for",
    tag: "Auth",
    auth: "user",
    summary: "Act on behalf of an organisation",
    description: "Chooses the organisation the user acts for (one they are a member of); new bookings default to it.",
    body: ActingForRequest,
    responses: {
      200: jsonResponse(Me, "The session, now acting for the organisation."),
      400: problemResponses.invalidBody,
      ...signedIn,
      403: problemResponse("Not a member of the organisation, or no CSRF token.", ["forbidden", "csrf_token_invalid"]),
      413: problemResponses.tooLarge,
      415: problemResponses.notJson,
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "logout",
    method: "post",
    path: "/api/v1/auth/logout",
    tag: "Auth",
    auth: "none",
    summary: "Sign out",
    description: "Ends the session here and clears the cookie. If it began at an identity provider, `providerLogoutUrl` is where to send the browser to end it there too.",
    responses: {
      200: jsonResponse(LogoutResult, "Signed out (also when there was no session)."),
      403: problemResponse("A session without the CSRF token.", ["csrf_token_invalid"]),
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "listMyBookings",
    method: "get",
    path: "/api/v1/me/bookings",
    tag: "Bookings",
    auth: "user",
    summary: "My bookings",
    description: "The bookings the user made, or with `organisationId` those of an organisation they are a member of, in full: upcoming by start or past, latest first (at most 200).",
    query: MyBookingsQuery,
    parameterDescriptions: {
      organisationId: "An organisation the user is a member of; omitted, the bookings the user made.",
      period: "`upcoming` (not yet ended; the default) or `past`.",
    },
    responses: {
      200: jsonResponse(BookingDetailList, "The bookings."),
      400: problemResponses.invalidQuery,
      ...signedIn,
      403: problemResponse("Not a member of the organisation.", ["forbidden"]),
      default: problemResponses.unexpected,
    },
  },
];
