import type { Space as SpaceDto } from "@sambruk/contracts";
import type { Accessibility } from "@sambruk/domain";
import type { SpaceRecord } from "./spaces.repository";

type AccessibilityFeature = SpaceDto["accessibility"][number];

const FEATURES: readonly [AccessibilityFeature, keyof Accessibility][] = [
  ["step_free", "stepFree"],
  ["hearing_loop", "hearingLoop"],
  ["accessible_wc", "accessibleWc"],
];

export function toAccessibilityList(accessibility: Accessibility): AccessibilityFeature[] {
  return FEATURES.filter(([, field]) => accessibility[field]).map(([feature]) => feature);
}

export function toSpaceDto(space: SpaceRecord): SpaceDto {
  return {
    id: space.id,
    centreId: space.centreId,
    slug: space.slug,
    name: space.name,
    kind: space.kind,
    capacity: space.capacity,
    equipment: [...space.equipment],
    accessibility: toAccessibilityList(space.accessibility),
    privacy: space.privacy,
    zone: space.zone,
    booking: {
      ...space.booking,
      perBookerKind: { ...space.booking.perBookerKind },
      allowedBookerKinds: [...(space.allowedBookerKinds ?? [])],
    },
    partIds: [...space.partIds],
    partOf: space.partOf,
    isDemo: space.isDemo,
  };
}
