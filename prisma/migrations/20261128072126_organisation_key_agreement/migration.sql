-- AlterTable
ALTER TABLE "organisation" ADD COLUMN     "has_key_agreement" BOOLEAN NOT NULL DEFAULT false;
