-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'manager', 'researcher', 'reviewer');

-- CreateEnum
CREATE TYPE "Discipline" AS ENUM ('research_lead', 'researcher', 'applied_ai', 'software_engineer', 'infrastructure_engineer', 'qa_engineer', 'product_manager', 'compliance_ethics', 'domain_expert', 'executive');

-- CreateEnum
CREATE TYPE "ProjectTrack" AS ENUM ('research', 'product');

-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('active', 'paused', 'archived');

-- CreateEnum
CREATE TYPE "MemberRole" AS ENUM ('owner', 'contributor');

-- CreateEnum
CREATE TYPE "ComponentKind" AS ENUM ('model', 'algorithm', 'data_pipeline', 'dataset', 'software_module', 'other');

-- CreateEnum
CREATE TYPE "ComponentStatus" AS ENUM ('active', 'archived');

-- CreateEnum
CREATE TYPE "TransitionKind" AS ENUM ('start', 'graduation', 'discovery', 'review', 'embedded');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('draft', 'open', 'graduated', 'returned', 'withdrawn');

-- CreateEnum
CREATE TYPE "ReviewOutcome" AS ENUM ('graduated', 'returned');

-- CreateEnum
CREATE TYPE "VoteChoice" AS ENUM ('graduate', 'return');

-- CreateEnum
CREATE TYPE "CriterionState" AS ENUM ('pending', 'done', 'not_applicable');

-- CreateEnum
CREATE TYPE "EthicsAnswerValue" AS ENUM ('yes', 'no', 'not_applicable');

-- CreateEnum
CREATE TYPE "KeyDecision" AS ENUM ('path_a', 'path_b', 'path_a_b', 'continue', 'pause', 'go', 'no_go');

-- CreateEnum
CREATE TYPE "RequirementKind" AS ENUM ('research', 'technical', 'product');

-- CreateEnum
CREATE TYPE "RequirementStatus" AS ENUM ('open', 'verified', 'validated', 'waived');

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT,
    "roles" "Role"[],
    "disciplines" "Discipline"[],
    "session_version" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "projects" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "track" "ProjectTrack" NOT NULL DEFAULT 'research',
    "index" INTEGER NOT NULL,
    "status" "ProjectStatus" NOT NULL DEFAULT 'active',
    "tags" TEXT[],
    "system_level" INTEGER,
    "level_since" TIMESTAMPTZ(3),
    "target_level" INTEGER,
    "target_date" TIMESTAMPTZ(3),
    "parent_id" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "projects_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project_members" (
    "project_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "role" "MemberRole" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "project_members_pkey" PRIMARY KEY ("project_id","user_id")
);

-- CreateTable
CREATE TABLE "components" (
    "id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ComponentKind" NOT NULL,
    "status" "ComponentStatus" NOT NULL DEFAULT 'active',
    "description" TEXT NOT NULL DEFAULT '',
    "level" INTEGER NOT NULL,
    "code_version" TEXT NOT NULL DEFAULT '0.1.0',
    "model_version" TEXT NOT NULL DEFAULT '0.1.0',
    "data_version" TEXT NOT NULL DEFAULT '0.1.0',
    "imported_from_id" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "level_since" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "components_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "component_versions" (
    "id" TEXT NOT NULL,
    "component_id" TEXT NOT NULL,
    "code_version" TEXT NOT NULL,
    "model_version" TEXT NOT NULL,
    "data_version" TEXT NOT NULL,
    "changelog" TEXT NOT NULL,
    "author_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "component_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "level_transitions" (
    "id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "component_id" TEXT NOT NULL,
    "from_level" INTEGER,
    "to_level" INTEGER NOT NULL,
    "kind" "TransitionKind" NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "actor_id" TEXT,
    "review_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "level_transitions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reviews" (
    "id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'draft',
    "author_id" TEXT NOT NULL,
    "definitions_version" INTEGER NOT NULL,
    "ethics_template_id" TEXT,
    "pinned_card_revision_id" TEXT,
    "pin_round" INTEGER NOT NULL DEFAULT 0,
    "due_at" TIMESTAMPTZ(3),
    "opened_at" TIMESTAMPTZ(3),
    "decided_at" TIMESTAMPTZ(3),
    "withdrawn_at" TIMESTAMPTZ(3),
    "key_decision" "KeyDecision",
    "key_decision_date" TIMESTAMPTZ(3),
    "key_decision_note" TEXT,
    "key_decision_by_id" TEXT,
    "debrief" JSONB,
    "debrief_at" TIMESTAMPTZ(3),
    "switchback_rationale" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "reviews_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review_components" (
    "review_id" TEXT NOT NULL,
    "component_id" TEXT NOT NULL,
    "level_at_open" INTEGER NOT NULL,
    "code_version" TEXT NOT NULL,
    "model_version" TEXT NOT NULL,
    "data_version" TEXT NOT NULL,

    CONSTRAINT "review_components_pkey" PRIMARY KEY ("review_id","component_id")
);

-- CreateTable
CREATE TABLE "panel_seats" (
    "id" TEXT NOT NULL,
    "review_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "discipline" "Discipline" NOT NULL,
    "is_chair" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "panel_seats_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "votes" (
    "id" TEXT NOT NULL,
    "review_id" TEXT NOT NULL,
    "seat_id" TEXT NOT NULL,
    "voter_id" TEXT NOT NULL,
    "pin_round" INTEGER NOT NULL,
    "choice" "VoteChoice" NOT NULL,
    "card_revision_id" TEXT,
    "component_pins" JSONB NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "votes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "vote_tasks" (
    "id" TEXT NOT NULL,
    "vote_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "metric" TEXT,
    "target" TEXT,

    CONSTRAINT "vote_tasks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review_decisions" (
    "review_id" TEXT NOT NULL,
    "outcome" "ReviewOutcome" NOT NULL,
    "pin_round" INTEGER NOT NULL,
    "decided_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "review_decisions_pkey" PRIMARY KEY ("review_id")
);

-- CreateTable
CREATE TABLE "review_tasks" (
    "id" TEXT NOT NULL,
    "review_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "metric" TEXT,
    "target" TEXT,
    "done_at" TIMESTAMPTZ(3),
    "done_by_id" TEXT,
    "evidence" TEXT,

    CONSTRAINT "review_tasks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "gate_criterion_checks" (
    "id" TEXT NOT NULL,
    "review_id" TEXT NOT NULL,
    "criterion_key" TEXT NOT NULL,
    "state" "CriterionState" NOT NULL DEFAULT 'pending',
    "evidence_url" TEXT,
    "note" TEXT,
    "na_reason" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "gate_criterion_checks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "requirements" (
    "id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "kind" "RequirementKind" NOT NULL,
    "statement" TEXT NOT NULL,
    "verification" TEXT NOT NULL DEFAULT '',
    "validation" TEXT NOT NULL DEFAULT '',
    "status" "RequirementStatus" NOT NULL DEFAULT 'open',
    "waiver_reason" TEXT,
    "p_failure" DOUBLE PRECISION NOT NULL,
    "value" INTEGER NOT NULL,
    "risk" DOUBLE PRECISION NOT NULL,
    "owner_id" TEXT,
    "evidence_links" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "requirements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ethics_templates" (
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "items" JSONB NOT NULL,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ethics_templates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ethics_answers" (
    "id" TEXT NOT NULL,
    "review_id" TEXT NOT NULL,
    "item_key" TEXT NOT NULL,
    "answer" "EthicsAnswerValue" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ethics_answers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "card_revisions" (
    "id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "changed_sections" TEXT[],
    "summary" TEXT NOT NULL DEFAULT '',
    "author_id" TEXT,
    "restored_from" INTEGER,
    "system_level" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "card_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "level_definition_sets" (
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "definitions" JSONB NOT NULL,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "level_definition_sets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" TEXT NOT NULL,
    "actor_id" TEXT,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "project_id" TEXT,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "url" TEXT,
    "project_id" TEXT,
    "review_id" TEXT,
    "read_at" TIMESTAMPTZ(3),
    "emailed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "projects_slug_key" ON "projects"("slug");

-- CreateIndex
CREATE INDEX "projects_status_system_level_idx" ON "projects"("status", "system_level");

-- CreateIndex
CREATE INDEX "projects_system_level_level_since_idx" ON "projects"("system_level", "level_since");

-- CreateIndex
CREATE INDEX "projects_target_date_idx" ON "projects"("target_date");

-- CreateIndex
CREATE INDEX "projects_parent_id_idx" ON "projects"("parent_id");

-- CreateIndex
CREATE INDEX "projects_tags_idx" ON "projects" USING GIN ("tags");

-- CreateIndex
CREATE UNIQUE INDEX "projects_track_index_key" ON "projects"("track", "index");

-- CreateIndex
CREATE INDEX "project_members_user_id_idx" ON "project_members"("user_id");

-- CreateIndex
CREATE INDEX "components_project_id_status_idx" ON "components"("project_id", "status");

-- CreateIndex
CREATE INDEX "components_level_idx" ON "components"("level");

-- CreateIndex
CREATE INDEX "components_imported_from_id_idx" ON "components"("imported_from_id");

-- CreateIndex
CREATE UNIQUE INDEX "components_project_id_name_key" ON "components"("project_id", "name");

-- CreateIndex
CREATE INDEX "component_versions_component_id_created_at_idx" ON "component_versions"("component_id", "created_at");

-- CreateIndex
CREATE INDEX "component_versions_author_id_idx" ON "component_versions"("author_id");

-- CreateIndex
CREATE INDEX "level_transitions_project_id_created_at_idx" ON "level_transitions"("project_id", "created_at");

-- CreateIndex
CREATE INDEX "level_transitions_component_id_created_at_idx" ON "level_transitions"("component_id", "created_at");

-- CreateIndex
CREATE INDEX "level_transitions_kind_created_at_idx" ON "level_transitions"("kind", "created_at");

-- CreateIndex
CREATE INDEX "level_transitions_actor_id_idx" ON "level_transitions"("actor_id");

-- CreateIndex
CREATE UNIQUE INDEX "level_transitions_review_id_component_id_key" ON "level_transitions"("review_id", "component_id");

-- CreateIndex
CREATE INDEX "reviews_project_id_level_idx" ON "reviews"("project_id", "level");

-- CreateIndex
CREATE INDEX "reviews_status_opened_at_idx" ON "reviews"("status", "opened_at");

-- CreateIndex
CREATE INDEX "reviews_status_due_at_idx" ON "reviews"("status", "due_at");

-- CreateIndex
CREATE INDEX "reviews_author_id_idx" ON "reviews"("author_id");

-- CreateIndex
CREATE INDEX "reviews_ethics_template_id_idx" ON "reviews"("ethics_template_id");

-- CreateIndex
CREATE INDEX "reviews_pinned_card_revision_id_idx" ON "reviews"("pinned_card_revision_id");

-- CreateIndex
CREATE INDEX "reviews_key_decision_by_id_idx" ON "reviews"("key_decision_by_id");

-- CreateIndex
CREATE INDEX "review_components_component_id_idx" ON "review_components"("component_id");

-- CreateIndex
CREATE INDEX "panel_seats_user_id_idx" ON "panel_seats"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "panel_seats_review_id_user_id_key" ON "panel_seats"("review_id", "user_id");

-- CreateIndex
CREATE INDEX "votes_review_id_pin_round_idx" ON "votes"("review_id", "pin_round");

-- CreateIndex
CREATE INDEX "votes_voter_id_idx" ON "votes"("voter_id");

-- CreateIndex
CREATE UNIQUE INDEX "votes_seat_id_pin_round_key" ON "votes"("seat_id", "pin_round");

-- CreateIndex
CREATE UNIQUE INDEX "vote_tasks_vote_id_position_key" ON "vote_tasks"("vote_id", "position");

-- CreateIndex
CREATE INDEX "review_decisions_outcome_decided_at_idx" ON "review_decisions"("outcome", "decided_at");

-- CreateIndex
CREATE INDEX "review_tasks_done_by_id_idx" ON "review_tasks"("done_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "review_tasks_review_id_position_key" ON "review_tasks"("review_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "gate_criterion_checks_review_id_criterion_key_key" ON "gate_criterion_checks"("review_id", "criterion_key");

-- CreateIndex
CREATE INDEX "requirements_project_id_risk_idx" ON "requirements"("project_id", "risk" DESC);

-- CreateIndex
CREATE INDEX "requirements_owner_id_idx" ON "requirements"("owner_id");

-- CreateIndex
CREATE UNIQUE INDEX "requirements_project_id_number_key" ON "requirements"("project_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ethics_templates_version_key" ON "ethics_templates"("version");

-- CreateIndex
CREATE INDEX "ethics_templates_created_by_id_idx" ON "ethics_templates"("created_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "ethics_answers_review_id_item_key_key" ON "ethics_answers"("review_id", "item_key");

-- CreateIndex
CREATE INDEX "card_revisions_author_id_idx" ON "card_revisions"("author_id");

-- CreateIndex
CREATE UNIQUE INDEX "card_revisions_project_id_number_key" ON "card_revisions"("project_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "level_definition_sets_version_key" ON "level_definition_sets"("version");

-- CreateIndex
CREATE INDEX "level_definition_sets_created_by_id_idx" ON "level_definition_sets"("created_by_id");

-- CreateIndex
CREATE INDEX "audit_events_entity_type_entity_id_idx" ON "audit_events"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_events_project_id_created_at_idx" ON "audit_events"("project_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_events_actor_id_created_at_idx" ON "audit_events"("actor_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_events_action_created_at_idx" ON "audit_events"("action", "created_at");

-- CreateIndex
CREATE INDEX "notifications_user_id_read_at_idx" ON "notifications"("user_id", "read_at");

-- CreateIndex
CREATE INDEX "notifications_project_id_idx" ON "notifications"("project_id");

-- CreateIndex
CREATE INDEX "notifications_review_id_idx" ON "notifications"("review_id");

-- AddForeignKey
ALTER TABLE "projects" ADD CONSTRAINT "projects_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "projects"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_members" ADD CONSTRAINT "project_members_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_members" ADD CONSTRAINT "project_members_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "components" ADD CONSTRAINT "components_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "components" ADD CONSTRAINT "components_imported_from_id_fkey" FOREIGN KEY ("imported_from_id") REFERENCES "components"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "component_versions" ADD CONSTRAINT "component_versions_component_id_fkey" FOREIGN KEY ("component_id") REFERENCES "components"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "component_versions" ADD CONSTRAINT "component_versions_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "level_transitions" ADD CONSTRAINT "level_transitions_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "level_transitions" ADD CONSTRAINT "level_transitions_component_id_fkey" FOREIGN KEY ("component_id") REFERENCES "components"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "level_transitions" ADD CONSTRAINT "level_transitions_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "level_transitions" ADD CONSTRAINT "level_transitions_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_key_decision_by_id_fkey" FOREIGN KEY ("key_decision_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_ethics_template_id_fkey" FOREIGN KEY ("ethics_template_id") REFERENCES "ethics_templates"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_pinned_card_revision_id_fkey" FOREIGN KEY ("pinned_card_revision_id") REFERENCES "card_revisions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_components" ADD CONSTRAINT "review_components_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_components" ADD CONSTRAINT "review_components_component_id_fkey" FOREIGN KEY ("component_id") REFERENCES "components"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "panel_seats" ADD CONSTRAINT "panel_seats_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "panel_seats" ADD CONSTRAINT "panel_seats_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "votes" ADD CONSTRAINT "votes_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "votes" ADD CONSTRAINT "votes_seat_id_fkey" FOREIGN KEY ("seat_id") REFERENCES "panel_seats"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "votes" ADD CONSTRAINT "votes_voter_id_fkey" FOREIGN KEY ("voter_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vote_tasks" ADD CONSTRAINT "vote_tasks_vote_id_fkey" FOREIGN KEY ("vote_id") REFERENCES "votes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_tasks" ADD CONSTRAINT "review_tasks_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_tasks" ADD CONSTRAINT "review_tasks_done_by_id_fkey" FOREIGN KEY ("done_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gate_criterion_checks" ADD CONSTRAINT "gate_criterion_checks_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "requirements" ADD CONSTRAINT "requirements_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "requirements" ADD CONSTRAINT "requirements_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ethics_templates" ADD CONSTRAINT "ethics_templates_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ethics_answers" ADD CONSTRAINT "ethics_answers_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "card_revisions" ADD CONSTRAINT "card_revisions_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "card_revisions" ADD CONSTRAINT "card_revisions_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "level_definition_sets" ADD CONSTRAINT "level_definition_sets_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Append-only history: level transitions, audit events, card revisions and version changelogs
-- can be inserted, never changed or removed (Prisma's diff does not track triggers, so they
-- live here only).
CREATE FUNCTION "refuse_change_to_history"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER "level_transitions_append_only" BEFORE UPDATE OR DELETE ON "level_transitions"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_to_history"();
CREATE TRIGGER "audit_events_append_only" BEFORE UPDATE OR DELETE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_to_history"();
CREATE TRIGGER "card_revisions_append_only" BEFORE UPDATE OR DELETE ON "card_revisions"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_to_history"();
CREATE TRIGGER "component_versions_append_only" BEFORE UPDATE OR DELETE ON "component_versions"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_to_history"();

-- At most one chair per review (Prisma's schema language has no partial unique index).
CREATE UNIQUE INDEX "panel_seats_one_chair_per_review" ON "panel_seats"("review_id") WHERE "is_chair";

-- Levels are 0..9.
ALTER TABLE "components" ADD CONSTRAINT "components_level_range" CHECK ("level" BETWEEN 0 AND 9);
ALTER TABLE "level_transitions" ADD CONSTRAINT "level_transitions_level_range"
  CHECK ("to_level" BETWEEN 0 AND 9 AND ("from_level" IS NULL OR "from_level" BETWEEN 0 AND 9));
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_level_range" CHECK ("level" BETWEEN 0 AND 8);
ALTER TABLE "requirements" ADD CONSTRAINT "requirements_ranges"
  CHECK ("p_failure" >= 0 AND "p_failure" <= 1 AND "value" BETWEEN 1 AND 10);
