import type { Prisma } from "../../generated/prisma/client";

type Db = Prisma.TransactionClient;

export interface ActivityType {
  id: string;
  slug: string;
  name: { nb: string; nn: string; en: string };
  sensitivity: "open" | "discreet" | "shielded" | "security";
  tags: string[];
  targeted: boolean;
  defaultVisibility: "public" | "busy_only";
}

export interface ActivityTypesRepository {
  findAll(): Promise<ActivityType[]>;
}

export function createActivityTypesRepository(db: Db): ActivityTypesRepository {
  return {
    async findAll() {
      const rows = await db.activityType.findMany({
        select: { id: true, slug: true, nameNb: true, nameNn: true, nameEn: true, sensitivity: true, tags: true, targeted: true, defaultVisibility: true },
        orderBy: { slug: "asc" },
      });
      return rows.map(({ nameNb, nameNn, nameEn, ...row }) => ({ ...row, name: { nb: nameNb, nn: nameNn, en: nameEn } }));
    },
  };
}
