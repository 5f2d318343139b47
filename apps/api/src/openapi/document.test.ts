import { z } from "zod";
import { apiRoutes, Centre, jsonResponse, type ApiRoute } from "@sambruk/contracts";
import { buildOpenApiDocument } from "./document";

const route = (overrides: Partial<ApiRoute>): ApiRoute => ({
  operationId: "probe",
  method: "post",
  path: "/api/v1/probe",
  tag: "Reference",
  auth: "none",
  summary: "Probe",
  description: "A route that exists only in this test.",
  responses: { 200: jsonResponse(z.object({ ok: z.boolean() }), "Fine.") },
  ...overrides,
});

describe("buildOpenApiDocument", () => {
  const document = buildOpenApiDocument("1.2.3");

  it("has one operation per registered route, each with its operationId", () => {
    const operations = Object.values(document.paths).flatMap((methods) => Object.values(methods));
    expect(operations.map((operation) => operation.operationId).sort()).toEqual(apiRoutes.map((entry) => entry.operationId).sort());
    expect(document.info.version).toBe("1.2.3");
  });

  it("refers to named schemas instead of repeating them", () => {
    const getCentre = document.paths["/api/v1/centres/{id}"]?.["get"];
    expect(getCentre?.responses["200"]?.content?.["application/json"]?.schema).toEqual({ $ref: "#/components/schemas/Centre" });
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(["Centre", "Space", "Booking", "Problem"]));
  });

  it("describes a comma-separated query list as an array in form style", () => {
    const status = document.paths["/api/v1/bookings"]?.["get"]?.parameters?.find((parameter) => parameter.name === "status");
    expect(status).toMatchObject({ in: "query", style: "form", explode: false, schema: { type: "array" } });
  });

  it("narrows each problem response to the codes it can carry", () => {
    const conflict = document.paths["/api/v1/bookings"]?.["post"]?.responses["409"];
    expect(conflict?.content?.["application/problem+json"]?.schema).toEqual({
      allOf: [{ $ref: "#/components/schemas/ConflictProblem" }, { type: "object", properties: { code: { enum: ["booking_conflict"] } } }],
    });
  });

  it("refuses a route registered twice", () => {
    expect(() => buildOpenApiDocument("x", [route({}), route({ operationId: "again" })])).toThrow(/registered twice/);
  });

  it("refuses a request body whose named schema reads differently as input", () => {
    // Centre is a plain object: as output it has no other keys, as input it would ignore unknown ones.
    expect(() => buildOpenApiDocument("x", [route({ body: Centre })])).toThrow(/Centre reads differently/);
  });
});
