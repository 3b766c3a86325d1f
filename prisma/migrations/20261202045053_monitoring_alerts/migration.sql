-- CreateEnum
CREATE TYPE "alert_kind" AS ENUM ('drift', 'data_quality', 'performance', 'other');

-- CreateEnum
CREATE TYPE "alert_severity" AS ENUM ('info', 'warning', 'critical');

-- CreateEnum
CREATE TYPE "alert_status" AS ENUM ('open', 'acknowledged', 'resolved');

-- CreateTable
CREATE TABLE "monitoring_alerts" (
    "id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "component_id" TEXT NOT NULL,
    "kind" "alert_kind" NOT NULL,
    "severity" "alert_severity" NOT NULL,
    "metric" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "threshold" DOUBLE PRECISION,
    "link" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL,
    "external_id" TEXT,
    "status" "alert_status" NOT NULL DEFAULT 'open',
    "count" INTEGER NOT NULL DEFAULT 1,
    "first_seen_at" TIMESTAMPTZ(3) NOT NULL,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL,
    "reported_by_id" TEXT,
    "switchback_id" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "monitoring_alerts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "monitoring_alert_events" (
    "id" TEXT NOT NULL,
    "alert_id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "actor_id" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "monitoring_alert_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "monitoring_alerts_project_id_status_idx" ON "monitoring_alerts"("project_id", "status");

-- CreateIndex
CREATE INDEX "monitoring_alerts_component_id_status_idx" ON "monitoring_alerts"("component_id", "status");

-- CreateIndex
CREATE INDEX "monitoring_alerts_reported_by_id_idx" ON "monitoring_alerts"("reported_by_id");

-- CreateIndex
CREATE INDEX "monitoring_alerts_switchback_id_idx" ON "monitoring_alerts"("switchback_id");

-- CreateIndex
CREATE INDEX "monitoring_alert_events_alert_id_created_at_idx" ON "monitoring_alert_events"("alert_id", "created_at");

-- CreateIndex
CREATE INDEX "monitoring_alert_events_project_id_created_at_idx" ON "monitoring_alert_events"("project_id", "created_at");

-- CreateIndex
CREATE INDEX "monitoring_alert_events_actor_id_idx" ON "monitoring_alert_events"("actor_id");

-- AddForeignKey
ALTER TABLE "monitoring_alerts" ADD CONSTRAINT "monitoring_alerts_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "monitoring_alerts" ADD CONSTRAINT "monitoring_alerts_component_id_fkey" FOREIGN KEY ("component_id") REFERENCES "components"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "monitoring_alerts" ADD CONSTRAINT "monitoring_alerts_reported_by_id_fkey" FOREIGN KEY ("reported_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "monitoring_alerts" ADD CONSTRAINT "monitoring_alerts_switchback_id_fkey" FOREIGN KEY ("switchback_id") REFERENCES "level_transitions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "monitoring_alert_events" ADD CONSTRAINT "monitoring_alert_events_alert_id_fkey" FOREIGN KEY ("alert_id") REFERENCES "monitoring_alerts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "monitoring_alert_events" ADD CONSTRAINT "monitoring_alert_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- An alert's history is append-only, like the other history tables.
CREATE TRIGGER "monitoring_alert_events_append_only" BEFORE UPDATE OR DELETE ON "monitoring_alert_events"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_to_history"();

-- One unresolved alert per component and external id: a repeat counts on it (Prisma's schema
-- language has no partial unique index).
CREATE UNIQUE INDEX "monitoring_alerts_one_unresolved_per_external_id"
  ON "monitoring_alerts"("component_id", "external_id") WHERE "status" <> 'resolved' AND "external_id" IS NOT NULL;

ALTER TABLE "monitoring_alerts" ADD CONSTRAINT "monitoring_alerts_count_positive" CHECK ("count" >= 1);
