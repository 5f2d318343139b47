// The rules in force as plain language, in nb, nn and en: what GET /rules shows the public ("why can't I book
// this?"). Built from the parameters, so the summary never drifts from what the engine applies. The word
// screen's terms are for staff only and never listed.
import type { MessageTexts } from "./messages-booking";
import type { PolicyParameters, WeeklyWindow } from "./parameters";

export interface RuleSummary {
  rule: "sensitivity" | "word_screen" | "zone_compatibility" | "eligibility" | "quotas" | "fair_share" | "prime_time" | "priority";
  text: MessageTexts;
}

const DAYS: Record<keyof MessageTexts, string[]> = {
  nb: ["", "man", "tir", "ons", "tor", "fre", "lør", "søn"],
  nn: ["", "mån", "tys", "ons", "tor", "fre", "lau", "sun"],
  en: ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
};

function windowsIn(locale: keyof MessageTexts, windows: readonly WeeklyWindow[]): string {
  return windows.map((w) => `${DAYS[locale][w.weekday] ?? "?"} ${w.from}–${w.to}`).join(", ");
}

export function summarisePolicy(p: PolicyParameters): RuleSummary[] {
  const { organisation: org, resident } = p.quotas;
  const pairs = p.incompatibleTags.map(([a, b]) => `${a}/${b}`).join(", ");
  const share = p.fairShare.targetedMaxPercent;
  const release = p.primeTime.releaseDays;
  const reserved = p.primeTime.reservedSharePercent;
  return [
    {
      rule: "sensitivity",
      text: {
        nb: "Tjenester som trenger skjerming eller særlige sikkerhetstiltak kan ikke bruke innbyggertorget. Fortrolige samtaler bare i lukkede rom med lydskjerming.",
        nn: "Tenester som treng skjerming eller særlege tryggingstiltak kan ikkje bruke innbyggartorget. Fortrulege samtalar berre i lukka rom med lydskjerming.",
        en: "Services that need shielding or special security measures cannot use the citizen square. Confidential conversations only in closed rooms with sound privacy.",
      },
    },
    {
      rule: "word_screen",
      text: {
        nb: "Forespørsler med ord som kan tyde på en skjermet tjeneste, ses gjennom av verten før de bekreftes.",
        nn: "Førespurnader med ord som kan tyde på ei skjerma teneste, vert sett gjennom av verten før dei vert stadfesta.",
        en: "Requests with words that may suggest a shielded service are reviewed by the front desk before they are confirmed.",
      },
    },
    {
      rule: "zone_compatibility",
      text: {
        nb: `Disse aktivitetene kan ikke foregå samtidig i rom som deler sone: ${pairs || "ingen"}.`,
        nn: `Desse aktivitetane kan ikkje gå føre seg samstundes i rom som deler sone: ${pairs || "ingen"}.`,
        en: `These activities cannot run at the same time in spaces that share a zone: ${pairs || "none"}.`,
      },
    },
    {
      rule: "eligibility",
      text: {
        nb: "Noen rom kan bare bookes av visse brukergrupper, og noen krever godkjenning. Uformelle frivillige lag blir godkjent av verten før bookingene deres bekreftes direkte.",
        nn: "Nokre rom kan berre bookast av visse brukargrupper, og nokre krev godkjenning. Uformelle frivillige lag vert godkjende av verten før bookingane deira vert stadfesta direkte.",
        en: "Some spaces can only be booked by certain groups, and some need approval. Informal volunteer groups are verified by the front desk before their bookings are confirmed directly.",
      },
    },
    {
      rule: "quotas",
      text: {
        nb: `En organisasjon kan booke inntil ${org.hoursPerWeek} timer per uke og ha ${org.activeBookings} aktive bookinger; en innbygger ${resident.hoursPerWeek} timer og ${resident.activeBookings} bookinger.`,
        nn: `Ein organisasjon kan booke inntil ${org.hoursPerWeek} timar per veke og ha ${org.activeBookings} aktive bookingar; ein innbyggar ${resident.hoursPerWeek} timar og ${resident.activeBookings} bookingar.`,
        en: `An organisation may book up to ${org.hoursPerWeek} hours a week and hold ${org.activeBookings} active bookings; a resident ${resident.hoursPerWeek} hours and ${resident.activeBookings} bookings.`,
      },
    },
    {
      rule: "fair_share",
      text: {
        nb: `Spesialiserte tjenester kan til sammen bruke høyst ${share} % av senterets bookbare timer i en uke.`,
        nn: `Spesialiserte tenester kan til saman bruke høgst ${share} % av senteret sine bookbare timar i ei veke.`,
        en: `Specialised services may together use at most ${share} % of the centre's bookable hours in a week.`,
      },
    },
    {
      rule: "prime_time",
      text: {
        nb: `${reserved} % av beste sendetid (${windowsIn("nb", p.primeTime.windows)}) hver uke er holdt av for frivillige og innbyggere til ${release} dager før; resten kan alle booke.`,
        nn: `${reserved} % av beste sendetid (${windowsIn("nn", p.primeTime.windows)}) kvar veke er halden av for frivillige og innbyggarar til ${release} dagar før; resten kan alle booke.`,
        en: `${reserved} % of prime time (${windowsIn("en", p.primeTime.windows)}) each week is kept for volunteers and residents until ${release} days before; anyone may book the rest.`,
      },
    },
    {
      rule: "priority",
      text: {
        nb: `Husets egne tilbud går foran andre kommunale tjenester, frivillige lag og innbyggere, men en booking kan bare flyttes med minst ${p.bump.noticeDays} dagers varsel og tilbud om likeverdig alternativ.`,
        nn: `Huset sine eigne tilbod går føre andre kommunale tenester, frivillige lag og innbyggarar, men ei booking kan berre flyttast med minst ${p.bump.noticeDays} dagars varsel og tilbod om likeverdig alternativ.`,
        en: `The house's own activities come before other municipal services, volunteer groups and residents, but a booking can only be moved with at least ${p.bump.noticeDays} days' notice and an equivalent alternative.`,
      },
    },
  ];
}
