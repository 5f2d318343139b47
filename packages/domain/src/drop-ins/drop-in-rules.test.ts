import { BOOKER_KINDS, type BookerKind } from "../spaces/space";
import { messageFor } from "../policy/messages";
import { appointmentDeleteAfter, dropInFindings, mayPublishDropIn } from "./drop-in-rules";

describe("mayPublishDropIn", () => {
  it.each<[BookerKind, boolean]>([
    ["service_unit", true],
    ["front_desk", true],
    ["volunteer_group", false],
    ["resident", false],
  ])("%s: %s", (kind, may) => {
    expect(mayPublishDropIn(kind)).toBe(may);
  });

  it("has an answer for every booker kind", () => {
    expect(BOOKER_KINDS.filter(mayPublishDropIn)).toEqual(["service_unit", "front_desk"]);
  });
});

describe("dropInFindings", () => {
  it.each<[BookerKind, "public" | "busy_only", string[]]>([
    ["service_unit", "public", []],
    ["front_desk", "public", []],
    ["volunteer_group", "public", ["drop_in_not_allowed"]],
    ["resident", "public", ["drop_in_not_allowed"]],
    ["service_unit", "busy_only", ["drop_in_must_be_public"]],
    ["resident", "busy_only", ["drop_in_not_allowed", "drop_in_must_be_public"]],
  ])("%s, %s: %j", (bookerKind, visibility, codes) => {
    expect(dropInFindings({ bookerKind, visibility }).map((finding) => finding.code)).toEqual(codes);
  });

  it("points at the field to change", () => {
    expect(dropInFindings({ bookerKind: "resident", visibility: "busy_only" }).map((finding) => finding.pointer)).toEqual(["/dropIn", "/visibility"]);
  });

  it("explains itself in every language", () => {
    expect(messageFor("drop_in_not_allowed", "nb")).toMatch(/tjenester og verten/);
    expect(messageFor("drop_in_must_be_public", "en")).toMatch(/must be public/);
  });
});

describe("appointmentDeleteAfter", () => {
  it("adds the retention in elapsed hours, also across the DST change", () => {
    const end = new Date("2026-10-24T12:00:00+02:00");
    expect(appointmentDeleteAfter(end, 72).toISOString()).toBe(new Date("2026-10-27T11:00:00+01:00").toISOString());
  });

  it("deletes at the end itself with no retention", () => {
    const end = new Date("2026-06-11T10:20:00+02:00");
    expect(appointmentDeleteAfter(end, 0)).toEqual(end);
  });
});
