import { defaultPolicyParameters, type PolicyParameters } from "./parameters";
import { validatePolicyParameters } from "./validate-parameters";

const d = defaultPolicyParameters;
const windowWith = (w: Partial<PolicyParameters["primeTime"]["windows"][number]>) => ({
  ...d,
  primeTime: { ...d.primeTime, windows: [{ weekday: 1, from: "17:00", to: "21:00", ...w }] },
});

describe("validatePolicyParameters", () => {
  it("accepts the defaults", () => {
    expect(validatePolicyParameters(d)).toEqual([]);
  });

  it.each<[string, PolicyParameters, { pointer: string; code: string }[]]>([
    ["a share of exactly 100 %", { ...d, fairShare: { targetedMaxPercent: 100 } }, []],
    ["a share of 0 %", { ...d, fairShare: { targetedMaxPercent: 0 } }, []],
    ["a share over 100 %", { ...d, fairShare: { targetedMaxPercent: 100.5 } }, [{ pointer: "/fairShare/targetedMaxPercent", code: "share_out_of_range" }]],
    ["a negative share", { ...d, fairShare: { targetedMaxPercent: -1 } }, [{ pointer: "/fairShare/targetedMaxPercent", code: "share_out_of_range" }]],
    ["a share that is no number", { ...d, fairShare: { targetedMaxPercent: Number.NaN } }, [{ pointer: "/fairShare/targetedMaxPercent", code: "not_a_number" }]],
    ["negative hours", { ...d, quotas: { ...d.quotas, resident: { hoursPerWeek: -0.5, activeBookings: 1 } } }, [{ pointer: "/quotas/resident/hoursPerWeek", code: "negative" }]],
    ["zero hours", { ...d, quotas: { ...d.quotas, resident: { hoursPerWeek: 0, activeBookings: 0 } } }, []],
    ["fractional active bookings", { ...d, quotas: { ...d.quotas, organisation: { hoursPerWeek: 1, activeBookings: 1.5 } } }, [{ pointer: "/quotas/organisation/activeBookings", code: "not_an_integer" }]],
    ["negative release days", { ...d, primeTime: { ...d.primeTime, releaseDays: -1 } }, [{ pointer: "/primeTime/releaseDays", code: "negative" }]],
    ["a reserved prime-time share of 100 %", { ...d, primeTime: { ...d.primeTime, reservedSharePercent: 100 } }, []],
    ["a reserved prime-time share over 100 %", { ...d, primeTime: { ...d.primeTime, reservedSharePercent: 101 } }, [{ pointer: "/primeTime/reservedSharePercent", code: "share_out_of_range" }]],
    ["a negative reserved prime-time share", { ...d, primeTime: { ...d.primeTime, reservedSharePercent: -5 } }, [{ pointer: "/primeTime/reservedSharePercent", code: "share_out_of_range" }]],
    ["infinite notice days", { ...d, bump: { noticeDays: Infinity } }, [{ pointer: "/bump/noticeDays", code: "not_a_number" }]],
    ["weekday 0", windowWith({ weekday: 0 }), [{ pointer: "/primeTime/windows/0/weekday", code: "unknown_weekday" }]],
    ["weekday 8", windowWith({ weekday: 8 }), [{ pointer: "/primeTime/windows/0/weekday", code: "unknown_weekday" }]],
    ["weekday 7", windowWith({ weekday: 7 }), []],
    ["a malformed time", windowWith({ from: "5pm" }), [{ pointer: "/primeTime/windows/0/from", code: "malformed_time" }]],
    ["24:01", windowWith({ to: "24:01" }), [{ pointer: "/primeTime/windows/0/to", code: "malformed_time" }]],
    ["until 24:00", windowWith({ to: "24:00" }), []],
    ["an empty window", windowWith({ from: "21:00", to: "21:00" }), [{ pointer: "/primeTime/windows/0/to", code: "empty_window" }]],
    ["an unknown booker kind", { ...d, primeTime: { ...d.primeTime, reservedFor: ["alien" as never] } }, [{ pointer: "/primeTime/reservedFor/0", code: "unknown_booker_kind" }]],
    ["an empty word", { ...d, wordScreen: { terms: ["ok", " *"] } }, [{ pointer: "/wordScreen/terms/1", code: "empty_term" }]],
    ["a pair of one tag", { ...d, incompatibleTags: [["loud"] as unknown as [string, string]] }, [{ pointer: "/incompatibleTags/0", code: "malformed_pair" }]],
  ])("%s", (_label, parameters, expected) => {
    expect(validatePolicyParameters(parameters)).toEqual(expected);
  });

  it("lists every problem at once, in a stable order", () => {
    const broken = { ...windowWith({ weekday: 9, from: "x" }), fairShare: { targetedMaxPercent: 120 } };
    expect(validatePolicyParameters(broken).map((p) => p.pointer)).toEqual([
      "/fairShare/targetedMaxPercent",
      "/primeTime/windows/0/weekday",
      "/primeTime/windows/0/from",
    ]);
  });
});
