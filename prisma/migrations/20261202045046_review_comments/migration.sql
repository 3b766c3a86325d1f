-- CreateEnum
CREATE TYPE "review_comment_anchor" AS ENUM ('section', 'requirement');

-- CreateEnum
CREATE TYPE "review_thread_event_kind" AS ENUM ('resolved', 'reopened');

-- CreateTable
CREATE TABLE "review_comments" (
    "id" TEXT NOT NULL,
    "review_id" TEXT NOT NULL,
    "anchor_kind" "review_comment_anchor" NOT NULL,
    "anchor_key" TEXT NOT NULL,
    "card_revision_id" TEXT,
    "thread_id" TEXT,
    "author_id" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "review_comments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review_thread_events" (
    "id" TEXT NOT NULL,
    "thread_id" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "kind" "review_thread_event_kind" NOT NULL,
    "actor_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "review_thread_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "review_comments_review_id_created_at_idx" ON "review_comments"("review_id", "created_at");

-- CreateIndex
CREATE INDEX "review_comments_thread_id_idx" ON "review_comments"("thread_id");

-- CreateIndex
CREATE INDEX "review_comments_author_id_idx" ON "review_comments"("author_id");

-- CreateIndex
CREATE INDEX "review_comments_card_revision_id_idx" ON "review_comments"("card_revision_id");

-- CreateIndex
CREATE INDEX "review_thread_events_actor_id_idx" ON "review_thread_events"("actor_id");

-- CreateIndex
CREATE UNIQUE INDEX "review_thread_events_thread_id_seq_key" ON "review_thread_events"("thread_id", "seq");

-- AddForeignKey
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_card_revision_id_fkey" FOREIGN KEY ("card_revision_id") REFERENCES "card_revisions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_thread_id_fkey" FOREIGN KEY ("thread_id") REFERENCES "review_comments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_thread_events" ADD CONSTRAINT "review_thread_events_thread_id_fkey" FOREIGN KEY ("thread_id") REFERENCES "review_comments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_thread_events" ADD CONSTRAINT "review_thread_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The review's discussion is history: comments and resolution events are inserted, never changed
-- or removed (the same trigger as the other append-only tables).
CREATE TRIGGER "review_comments_append_only" BEFORE UPDATE OR DELETE ON "review_comments"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_to_history"();
CREATE TRIGGER "review_thread_events_append_only" BEFORE UPDATE OR DELETE ON "review_thread_events"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_to_history"();

-- Resolution events are numbered from 1 within their thread.
ALTER TABLE "review_thread_events" ADD CONSTRAINT "review_thread_events_seq_positive" CHECK ("seq" >= 1);
