-- CreateTable
CREATE TABLE "transition_facts" (
    "transition_id" TEXT NOT NULL,
    "component_id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "kind" "TransitionKind" NOT NULL,
    "from_level" INTEGER,
    "to_level" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "next_at" TIMESTAMPTZ(3),
    "next_kind" "TransitionKind",
    "stay_days" DOUBLE PRECISION,
    "recovered" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "transition_facts_pkey" PRIMARY KEY ("transition_id")
);

-- CreateTable
CREATE TABLE "transition_day_counts" (
    "day" DATE NOT NULL,
    "kind" "TransitionKind" NOT NULL,
    "from_level" INTEGER NOT NULL,
    "to_level" INTEGER NOT NULL,
    "n" INTEGER NOT NULL,
    "recovered" INTEGER NOT NULL,

    CONSTRAINT "transition_day_counts_pkey" PRIMARY KEY ("day","kind","from_level","to_level")
);

-- CreateTable
CREATE TABLE "component_histories" (
    "component_id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3)[],
    "from_levels" INTEGER[],
    "to_levels" INTEGER[],

    CONSTRAINT "component_histories_pkey" PRIMARY KEY ("component_id")
);

-- CreateIndex
CREATE INDEX "component_histories_project_id_idx" ON "component_histories"("project_id");

-- CreateIndex
CREATE INDEX "transition_facts_component_id_idx" ON "transition_facts"("component_id");

-- CreateIndex
CREATE INDEX "transition_facts_next_kind_to_level_next_at_stay_days_idx" ON "transition_facts"("next_kind", "to_level", "next_at", "stay_days");

-- CreateIndex
CREATE INDEX "transition_facts_project_id_idx" ON "transition_facts"("project_id");

-- Roll-ups for analytics, kept by a trigger on the append-only history so that no door (commands,
-- seeds, imports, the scale seed's set-based SQL) can write a transition without them. Per
-- statement: the facts of every component the statement touched are rebuilt from its whole
-- history (a handful of rows), and the day counts move by the difference, so the roll-ups match
-- the history whatever order the transitions arrive in (backdated imports included).
CREATE FUNCTION "transition_rollups_apply"(components TEXT[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- Take back what these components counted so far.
  WITH old AS (
    DELETE FROM "transition_facts" f USING unnest(components) AS a("id") WHERE f."component_id" = a."id" RETURNING f.*
  )
  INSERT INTO "transition_day_counts" AS d ("day", "kind", "from_level", "to_level", "n", "recovered")
  SELECT (o."created_at" AT TIME ZONE 'UTC')::date, o."kind", coalesce(o."from_level", -1), o."to_level",
         -count(*)::int, -(count(*) FILTER (WHERE o."recovered"))::int
  FROM old o GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("day", "kind", "from_level", "to_level")
  DO UPDATE SET "n" = d."n" + EXCLUDED."n", "recovered" = d."recovered" + EXCLUDED."recovered";

  -- Count them again from their whole history.
  WITH fresh AS (
    INSERT INTO "transition_facts"
      ("transition_id", "component_id", "project_id", "kind", "from_level", "to_level", "created_at",
       "next_at", "next_kind", "stay_days", "recovered")
    SELECT t."id", t."component_id", t."project_id", t."kind", t."from_level", t."to_level", t."created_at",
           lead(t."created_at") OVER w, lead(t."kind") OVER w,
           (extract(epoch FROM lead(t."created_at") OVER w - t."created_at") / 86400.0)::float8,
           t."kind" IN ('discovery', 'review', 'embedded') AND EXISTS (
             SELECT 1 FROM "level_transitions" l
             WHERE l."component_id" = t."component_id" AND l."created_at" > t."created_at"
               AND l."to_level" >= t."from_level")
    FROM "level_transitions" t JOIN unnest(components) AS a("id") ON a."id" = t."component_id"
    WINDOW w AS (PARTITION BY t."component_id" ORDER BY t."created_at", t."id")
    RETURNING *
  )
  INSERT INTO "transition_day_counts" AS d ("day", "kind", "from_level", "to_level", "n", "recovered")
  SELECT (f."created_at" AT TIME ZONE 'UTC')::date, f."kind", coalesce(f."from_level", -1), f."to_level",
         count(*)::int, (count(*) FILTER (WHERE f."recovered"))::int
  FROM fresh f GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("day", "kind", "from_level", "to_level")
  DO UPDATE SET "n" = d."n" + EXCLUDED."n", "recovered" = d."recovered" + EXCLUDED."recovered";

  -- Each component's history as arrays, for level paths.
  DELETE FROM "component_histories" h USING unnest(components) AS a("id") WHERE h."component_id" = a."id";
  INSERT INTO "component_histories" ("component_id", "project_id", "at", "from_levels", "to_levels")
  SELECT t."component_id", (array_agg(t."project_id"))[1],
         array_agg(t."created_at" ORDER BY t."created_at", t."id"),
         array_agg(coalesce(t."from_level", -1) ORDER BY t."created_at", t."id"),
         array_agg(t."to_level" ORDER BY t."created_at", t."id")
  FROM "level_transitions" t JOIN unnest(components) AS a("id") ON a."id" = t."component_id"
  GROUP BY t."component_id";
END $$;

CREATE FUNCTION "transition_rollups_after_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "transition_rollups_apply"(ARRAY(SELECT DISTINCT n."component_id" FROM new_rows n ORDER BY 1));
  RETURN NULL;
END $$;

CREATE TRIGGER "level_transitions_rollups" AFTER INSERT ON "level_transitions"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "transition_rollups_after_insert"();

-- Back-fill from the existing history (one pass: every component at once).
SELECT "transition_rollups_apply"(ARRAY(SELECT DISTINCT "component_id" FROM "level_transitions"));

-- The roll-ups belong to the trigger: the app may read them, never write them.
CREATE FUNCTION "refuse_direct_rollup_write"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_trigger_depth() < 2 THEN
    RAISE EXCEPTION '% is kept by the level_transitions trigger; it cannot be written directly', TG_TABLE_NAME
      USING ERRCODE = 'P0001';
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "transition_facts_kept_by_trigger" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "transition_facts"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_direct_rollup_write"();
CREATE TRIGGER "component_histories_kept_by_trigger" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "component_histories"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_direct_rollup_write"();
CREATE TRIGGER "transition_day_counts_kept_by_trigger" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "transition_day_counts"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_direct_rollup_write"();
