-- Hand-written: btree_gist lets exclusion constraints combine "=" on ids with "&&" on time ranges (the
-- no-double-booking guarantee of later migrations). Prisma does not manage extensions here; later diffs
-- leave it alone.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- CreateEnum
CREATE TYPE "FormerMunicipality" AS ENUM ('asker', 'royken', 'hurum');

-- CreateEnum
CREATE TYPE "HoursKind" AS ENUM ('opening', 'staffed');

-- CreateTable
CREATE TABLE "centre" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "street_address" TEXT NOT NULL,
    "postal_code" TEXT NOT NULL,
    "postal_town" TEXT NOT NULL,
    "former_municipality" "FormerMunicipality" NOT NULL,
    "time_zone" TEXT NOT NULL DEFAULT 'Europe/Oslo',
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "centre_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "centre_hours" (
    "id" UUID NOT NULL,
    "centre_id" UUID NOT NULL,
    "kind" "HoursKind" NOT NULL,
    "weekday" SMALLINT NOT NULL,
    "opens_minute" SMALLINT NOT NULL,
    "closes_minute" SMALLINT NOT NULL,

    CONSTRAINT "centre_hours_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "centre_slug_key" ON "centre"("slug");

-- CreateIndex
CREATE INDEX "centre_hours_centre_id_kind_weekday_idx" ON "centre_hours"("centre_id", "kind", "weekday");

-- AddForeignKey
ALTER TABLE "centre_hours" ADD CONSTRAINT "centre_hours_centre_id_fkey" FOREIGN KEY ("centre_id") REFERENCES "centre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: rules Prisma cannot express. schema.prisma describes the plain table; later diffs leave
-- CHECK constraints alone.
ALTER TABLE "centre_hours"
    ADD CONSTRAINT "centre_hours_weekday_check" CHECK ("weekday" BETWEEN 1 AND 7),
    ADD CONSTRAINT "centre_hours_minutes_check" CHECK (0 <= "opens_minute" AND "opens_minute" < "closes_minute" AND "closes_minute" <= 1440);
