-- CreateTable
CREATE TABLE "policy_parameters" (
    "id" UUID NOT NULL,
    "centre_id" UUID,
    "document" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "policy_parameters_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "policy_parameters_centre_id_key" ON "policy_parameters"("centre_id");

-- AddForeignKey
ALTER TABLE "policy_parameters" ADD CONSTRAINT "policy_parameters_centre_id_fkey" FOREIGN KEY ("centre_id") REFERENCES "centre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- At most one global row (centre_id IS NULL); a unique index on centre_id alone allows many NULLs.
CREATE UNIQUE INDEX "policy_parameters_global_key" ON "policy_parameters" ((true)) WHERE "centre_id" IS NULL;

-- The document is one object (its fields are validated by the application before it is written).
ALTER TABLE "policy_parameters" ADD CONSTRAINT "policy_parameters_document_object" CHECK (jsonb_typeof("document") = 'object');
