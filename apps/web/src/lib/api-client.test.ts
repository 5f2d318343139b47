import { CentreList } from "@sambruk/contracts";
import { http, HttpResponse } from "msw";
import { buildCentre } from "../testing/factories";
import { apiUrl, problemResponse } from "../testing/handlers";
import { server } from "../testing/server";
import { apiGet } from "./api-client";
import { ApiError, ApiProblem } from "./api-error";

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
