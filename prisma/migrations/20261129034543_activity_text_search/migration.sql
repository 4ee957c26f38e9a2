-- The activity list's text filter is ILIKE '%...%' on title, Japanese title and location; trigram indexes serve it.
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: a database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Activity_title_trgm_idx" ON "Activity" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Activity_titleJa_trgm_idx" ON "Activity" USING GIN ("titleJa" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Activity_location_trgm_idx" ON "Activity" USING GIN ("location" gin_trgm_ops);
