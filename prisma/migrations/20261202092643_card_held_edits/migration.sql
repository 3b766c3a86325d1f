-- CreateTable
CREATE TABLE "card_held_edits" (
    "id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "author_id" TEXT NOT NULL,
    "section" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "base_revision" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "card_held_edits_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "card_held_edits_author_id_idx" ON "card_held_edits"("author_id");

-- CreateIndex
CREATE UNIQUE INDEX "card_held_edits_project_id_author_id_section_key" ON "card_held_edits"("project_id", "author_id", "section");

-- AddForeignKey
ALTER TABLE "card_held_edits" ADD CONSTRAINT "card_held_edits_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "card_held_edits" ADD CONSTRAINT "card_held_edits_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
