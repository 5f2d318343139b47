import { BOOKER_KINDS, type BookerLimits, type BookerKind, type Space } from "@sambruk/domain";
import type { Prisma } from "../../generated/prisma/client";

type Db = Prisma.TransactionClient;

/** A space as stored: the domain's Space plus what only the wire shows. */
export interface SpaceRecord extends Space {
  slug: string;
  partOf: string | null;
  isDemo: boolean;
}

export interface SpaceFilter {
  centreId?: string | undefined;
  minCapacity?: number | undefined;
  equipment?: string[] | undefined;
  accessibility?: ("step_free" | "hearing_loop" | "accessible_wc")[] | undefined;
}

/** The space's own columns; its parts come from the rows that name it as their whole. */
export const spaceColumns = {
  id: true, centreId: true, slug: true, name: true, kind: true, capacity: true, equipment: true,
  stepFree: true, hearingLoop: true, accessibleWc: true, privacy: true, zone: true,
  minDurationMinutes: true, maxDurationMinutes: true, slotStepMinutes: true,
  bufferBeforeMinutes: true, bufferAfterMinutes: true, requiresApproval: true, bookerLimits: true,
  allowedBookerKinds: true, partOfId: true, isDemo: true,
} satisfies Prisma.SpaceSelect;

const spaceSelect = {
  ...spaceColumns,
  parts: { select: { id: true }, orderBy: [{ name: "asc" }, { id: "asc" }] },
} satisfies Prisma.SpaceSelect;

export type SpaceColumns = Prisma.SpaceGetPayload<{ select: typeof spaceColumns }>;

export interface SpacesRepository {
  findMany(filter: SpaceFilter): Promise<SpaceRecord[]>;
  findById(id: string): Promise<SpaceRecord | null>;
}

export function createSpacesRepository(db: Db): SpacesRepository {
  return {
    async findMany(filter) {
      const where: Prisma.SpaceWhereInput = {
        ...(filter.centreId ? { centreId: filter.centreId } : {}),
        ...(filter.minCapacity ? { capacity: { gte: filter.minCapacity } } : {}),
        ...(filter.equipment?.length ? { equipment: { hasEvery: filter.equipment } } : {}),
        ...(filter.accessibility?.includes("step_free") ? { stepFree: true } : {}),
        ...(filter.accessibility?.includes("hearing_loop") ? { hearingLoop: true } : {}),
        ...(filter.accessibility?.includes("accessible_wc") ? { accessibleWc: true } : {}),
      };
      const rows = await db.space.findMany({ where, select: spaceSelect, orderBy: [{ centreId: "asc" }, { name: "asc" }, { id: "asc" }] });
      return rows.map((row) => toSpaceRecord(row, row.parts.map((part) => part.id)));
    },
    async findById(id) {
      const row = await db.space.findUnique({ where: { id }, select: spaceSelect });
      return row ? toSpaceRecord(row, row.parts.map((part) => part.id)) : null;
    },
  };
}

/** A stored space with the ids of its parts (sorted by name). */
export function toSpaceRecord(row: SpaceColumns, partIds: string[]): SpaceRecord {
  return {
    id: row.id,
    centreId: row.centreId,
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    capacity: row.capacity,
    equipment: row.equipment,
    accessibility: { stepFree: row.stepFree, hearingLoop: row.hearingLoop, accessibleWc: row.accessibleWc },
    privacy: row.privacy,
    zone: row.zone,
    booking: {
      minDurationMinutes: row.minDurationMinutes,
      maxDurationMinutes: row.maxDurationMinutes,
      slotStepMinutes: row.slotStepMinutes,
      bufferBeforeMinutes: row.bufferBeforeMinutes,
      bufferAfterMinutes: row.bufferAfterMinutes,
      requiresApproval: row.requiresApproval,
      perBookerKind: bookerLimitsOf(row.bookerLimits),
    },
    ...(row.allowedBookerKinds.length > 0 ? { allowedBookerKinds: row.allowedBookerKinds } : {}),
    partIds,
    partOf: row.partOfId,
    isDemo: row.isDemo,
  };
}

const NO_LIMITS: BookerLimits = { noticeMinutes: 0, horizonDays: 365 };

/** The JSON column, read defensively: a missing kind gets no notice and a year's horizon. */
function bookerLimitsOf(json: Prisma.JsonValue): Record<BookerKind, BookerLimits> {
  const stored = (typeof json === "object" && json !== null && !Array.isArray(json) ? json : {}) as Record<string, Partial<BookerLimits>>;
  return Object.fromEntries(
    BOOKER_KINDS.map((kind) => [kind, { ...NO_LIMITS, ...stored[kind] }]),
  ) as Record<BookerKind, BookerLimits>;
}
