// A public booking as the programme shows it: its kind and audiences read from the activity type's tags, the
// room withheld for discreet services, the organiser withheld for residents.
import type { Audience, ProgrammeItem, ProgrammeKind } from "@sambruk/contracts";
import type { ProgrammeRecord } from "./programme.repository";

/** The first rule whose tags the activity type has decides its kind. */
const KIND_TAGS: readonly [ProgrammeKind, readonly string[]][] = [
  ["drop_in", ["drop_in"]],
  ["course", ["learning", "course"]],
  ["event", ["event", "library"]],
];

const AUDIENCE_TAGS: readonly Exclude<Audience, "everyone">[] = ["children", "youth", "adults", "seniors"];

export function kindOf(tags: readonly string[]): ProgrammeKind {
  return KIND_TAGS.find(([, kindTags]) => kindTags.some((tag) => tags.includes(tag)))?.[0] ?? "activity";
}

export function audiencesOf(tags: readonly string[]): Audience[] {
  const audiences = AUDIENCE_TAGS.filter((audience) => tags.includes(audience));
  return audiences.length > 0 ? audiences : ["everyone"];
}

/** An item is for the audience when it names it, or is for everyone. */
export function isFor(item: Pick<ProgrammeItem, "audiences">, audience: Audience): boolean {
  return item.audiences.includes(audience) || item.audiences.includes("everyone");
}

export function toProgrammeItem(record: ProgrammeRecord): ProgrammeItem {
  const { space, activityType } = record;
  return {
    bookingId: record.id,
    centre: { id: record.centre.id, name: record.centre.name },
    // A discreet service's room is not named: ask at the front desk.
    space:
      activityType.sensitivity === "discreet"
        ? null
        : {
            id: space.id,
            name: space.name,
            accessibility: { stepFree: space.stepFree, hearingLoop: space.hearingLoop, accessibleWc: space.accessibleWc },
          },
    start: record.start.toISOString(),
    end: record.end.toISOString(),
    title: record.title,
    activityType: { id: activityType.id, slug: activityType.slug, name: { nb: activityType.nameNb, nn: activityType.nameNn, en: activityType.nameEn } },
    kind: record.bookingKind === "drop_in" ? "drop_in" : kindOf(activityType.tags),
    audiences: audiencesOf(activityType.tags),
    // A resident's "organisation" is the person.
    organiser: record.organisation.kind === "resident" ? null : record.organisation.name,
    status: record.status,
  };
}
