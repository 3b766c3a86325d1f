-- CreateEnum
CREATE TYPE "MetricComparator" AS ENUM ('at_least', 'at_most');

-- AlterEnum
ALTER TYPE "RequirementStatus" ADD VALUE 'regressed';

-- AlterTable
ALTER TABLE "org_settings" ADD COLUMN     "evidence_freshness_days" INTEGER NOT NULL DEFAULT 30;

-- AlterTable
ALTER TABLE "requirements" ADD COLUMN     "metric_comparator" "MetricComparator",
ADD COLUMN     "metric_name" TEXT,
ADD COLUMN     "metric_target" DOUBLE PRECISION,
ADD COLUMN     "status_run_id" TEXT;

-- CreateTable
CREATE TABLE "evidence_runs" (
    "id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "requirement_id" TEXT,
    "criterion_level" INTEGER,
    "criterion_key" TEXT,
    "metrics" JSONB NOT NULL DEFAULT '[]',
    "passed" BOOLEAN NOT NULL,
    "url" TEXT,
    "provider" TEXT,
    "commit" TEXT,
    "model_version" TEXT,
    "data_version" TEXT,
    "summary" TEXT NOT NULL DEFAULT '',
    "requirement_status" "RequirementStatus",
    "reporter_id" TEXT,
    "api_token_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evidence_runs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "evidence_runs_project_id_criterion_level_criterion_key_crea_idx" ON "evidence_runs"("project_id", "criterion_level", "criterion_key", "created_at" DESC);

-- CreateIndex
CREATE INDEX "evidence_runs_requirement_id_created_at_idx" ON "evidence_runs"("requirement_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "evidence_runs_reporter_id_idx" ON "evidence_runs"("reporter_id");

-- AddForeignKey
ALTER TABLE "requirements" ADD CONSTRAINT "requirements_status_run_id_fkey" FOREIGN KEY ("status_run_id") REFERENCES "evidence_runs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_runs" ADD CONSTRAINT "evidence_runs_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_runs" ADD CONSTRAINT "evidence_runs_requirement_id_fkey" FOREIGN KEY ("requirement_id") REFERENCES "requirements"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_runs" ADD CONSTRAINT "evidence_runs_reporter_id_fkey" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Evidence runs are history: append-only like transitions and audit events.
CREATE TRIGGER "evidence_runs_append_only" BEFORE UPDATE OR DELETE ON "evidence_runs"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_to_history"();

-- A run targets exactly one thing: a requirement, or a gate criterion (its level and key).
ALTER TABLE "evidence_runs" ADD CONSTRAINT "evidence_runs_one_target" CHECK (
  ("requirement_id" IS NOT NULL AND "criterion_level" IS NULL AND "criterion_key" IS NULL)
  OR ("requirement_id" IS NULL AND "criterion_level" BETWEEN 0 AND 9 AND "criterion_key" IS NOT NULL)
);

-- A requirement's metric and target are set together or not at all.
ALTER TABLE "requirements" ADD CONSTRAINT "requirements_metric_complete" CHECK (
  ("metric_name" IS NULL) = ("metric_comparator" IS NULL) AND ("metric_name" IS NULL) = ("metric_target" IS NULL)
);

ALTER TABLE "org_settings" ADD CONSTRAINT "org_settings_evidence_freshness_range"
  CHECK ("evidence_freshness_days" BETWEEN 1 AND 365);
