-- CreateEnum
CREATE TYPE "BookerKind" AS ENUM ('service_unit', 'volunteer_group', 'resident', 'front_desk');

-- AlterTable
ALTER TABLE "space" ADD COLUMN     "allowed_booker_kinds" "BookerKind"[] DEFAULT ARRAY[]::"BookerKind"[];
