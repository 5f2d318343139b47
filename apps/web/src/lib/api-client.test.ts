import { CentreList, CSRF_HEADER, LogoutResult, RefusedProblem } from "@sambruk/contracts";
import { http, HttpResponse } from "msw";
import { buildCentre } from "../testing/factories";
import { apiUrl, problemResponse, refusedResponse } from "../testing/handlers";
import { server } from "../testing/server";
import { apiGet, apiSend } from "./api-client";
import { ApiError, ApiProblem } from "./api-error";
import { setCsrfToken } from "./csrf-token";

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("Expected the request to fail");
}

describe("api client", () => {
  it("returns the body parsed with the contract", async () => {
    const centre = buildCentre({ name: "Tofte" });
    server.use(http.get(apiUrl("/centres"), () => HttpResponse.json([centre])));
    await expect(apiGet("/centres", CentreList)).resolves.toEqual([centre]);
  });

  it("rejects a response that does not match the contract", async () => {
    const wrong = { ...buildCentre(), isDemo: "yes", timeZone: 42 };
    server.use(http.get(apiUrl("/centres"), () => HttpResponse.json([wrong])));

    const error = await failureOf(apiGet("/centres", CentreList));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: "contract", status: 200 });
  });

  it("turns problem+json into a typed ApiProblem", async () => {
    server.use(http.get(apiUrl("/centres"), () => problemResponse(503, "database_unavailable")));

    const error = await failureOf(apiGet("/centres", CentreList));
    expect(error).toBeInstanceOf(ApiProblem);
    expect(error).toMatchObject({ status: 503, code: "database_unavailable" });
    expect((error as ApiProblem).problem.requestId).toBe("test-request");
  });

  it("does not trust an error body that is not a problem document", async () => {
    server.use(
      http.get(apiUrl("/centres"), () =>
        HttpResponse.json({ status: 500, code: "no_such_code" }, { status: 500, headers: { "Content-Type": "application/problem+json" } }),
      ),
    );
    const error = await failureOf(apiGet("/centres", CentreList));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: "http", status: 500 });
  });

  it("reports a request that got no answer as a network error", async () => {
    server.use(http.get(apiUrl("/centres"), () => HttpResponse.error()));
    const error = await failureOf(apiGet("/centres", CentreList));
    expect(error).toMatchObject({ name: "ApiError", kind: "network" });
  });
});

describe("api client writes", () => {
  afterEach(() => {
    setCsrfToken(null);
  });

  it("sends the method, the JSON body and the session's CSRF token, and parses the answer", async () => {
    setCsrfToken("token-1");
    let seen: { method: string; token: string | null; type: string | null; body: unknown } | undefined;
    server.use(
      http.put(apiUrl("/auth/acting-for"), async ({ request }) => {
        seen = {
          method: request.method,
          token: request.headers.get(CSRF_HEADER),
          type: request.headers.get("content-type"),
          body: await request.json(),
        };
        return HttpResponse.json(LogoutResult.parse({ providerLogoutUrl: null }));
      }),
    );

    await expect(apiSend("PUT", "/auth/acting-for", { organisationId: "x" }, LogoutResult)).resolves.toEqual({
      providerLogoutUrl: null,
    });
    expect(seen).toEqual({ method: "PUT", token: "token-1", type: "application/json", body: { organisationId: "x" } });
  });

  it("sends no token when asked not to (sign-in, before there is a session), and no body when there is none", async () => {
    setCsrfToken("token-1");
    const seen: { token: string | null; length: number }[] = [];
    server.use(
      http.post(apiUrl("/auth/logout"), async ({ request }) => {
        seen.push({ token: request.headers.get(CSRF_HEADER), length: (await request.text()).length });
        return HttpResponse.json({ providerLogoutUrl: null });
      }),
    );
    await apiSend("POST", "/auth/logout", undefined, LogoutResult, { csrf: false });
    await apiSend("POST", "/auth/logout", undefined, LogoutResult);
    expect(seen).toEqual([
      { token: null, length: 0 },
      { token: "token-1", length: 0 },
    ]);
  });

  it("throws the problem of a refused write, and a contract error for an answer that does not parse", async () => {
    server.use(http.post(apiUrl("/auth/logout"), () => problemResponse(403, "csrf_token_invalid"), { once: true }));
    const refused = await failureOf(apiSend("POST", "/auth/logout", undefined, LogoutResult));
    expect(refused).toBeInstanceOf(ApiProblem);
    expect(refused).toMatchObject({ status: 403, code: "csrf_token_invalid" });

    server.use(http.post(apiUrl("/auth/logout"), () => HttpResponse.json({ providerLogoutUrl: 42 })));
    const wrong = await failureOf(apiSend("POST", "/auth/logout", undefined, LogoutResult));
    expect(wrong).toMatchObject({ name: "ApiError", kind: "contract", status: 200 });
  });

  it("sends extra headers beside the CSRF token, without letting them replace it", async () => {
    setCsrfToken("token-1");
    let seen: { key: string | null; ifMatch: string | null; token: string | null; accept: string | null } | undefined;
    server.use(
      http.post(apiUrl("/auth/logout"), ({ request }) => {
        seen = {
          key: request.headers.get("Idempotency-Key"),
          ifMatch: request.headers.get("If-Match"),
          token: request.headers.get(CSRF_HEADER),
          accept: request.headers.get("accept"),
        };
        return HttpResponse.json({ providerLogoutUrl: null });
      }),
    );
    await apiSend("POST", "/auth/logout", undefined, LogoutResult, {
      headers: { "Idempotency-Key": "key-1", "If-Match": '"3"', [CSRF_HEADER]: "forged", Accept: "text/html" },
    });
    expect(seen).toEqual({ key: "key-1", ifMatch: '"3"', token: "token-1", accept: "application/json" });
  });

  it("keeps the whole problem document, with the members of its kind", async () => {
    server.use(http.post(apiUrl("/auth/logout"), () => refusedResponse([{ code: "outside_opening_hours" }])));
    const error = await failureOf(apiSend("POST", "/auth/logout", undefined, LogoutResult));
    expect(error).toBeInstanceOf(ApiProblem);
    const problem = error as ApiProblem;
    expect(problem).toMatchObject({ status: 422, code: "booking_refused", retryAfterSeconds: null });
    expect(RefusedProblem.parse(problem.body).findings).toEqual([{ code: "outside_opening_hours" }]);
    expect(problem.problem).not.toHaveProperty("findings");
  });

  it.each([
    ["30", 30],
    ["2.5", 3],
    ["0", null],
    ["soon", null],
    [null, null],
  ])("reads Retry-After %s as %s seconds", async (header, seconds) => {
    server.use(
      http.post(apiUrl("/auth/logout"), () => {
        const response = problemResponse(429, "too_many_requests");
        if (header !== null) response.headers.set("Retry-After", header);
        return response;
      }),
    );
    const error = await failureOf(apiSend("POST", "/auth/logout", undefined, LogoutResult));
    expect(error).toBeInstanceOf(ApiProblem);
    expect(error).toMatchObject({ status: 429, retryAfterSeconds: seconds });
  });
});
