-- Portal-wide search (/search, lib/data/search/reads.ts): each searched table gets a GIN index over the
-- set of character bigrams of its searchable text. pg_trgm's trigrams cannot serve a two-character
-- term (訓練, 海洋: most Japanese words are two characters), and pg_bigm is not a standard contrib
-- module. A record whose bigrams contain the term's (`@>`) is a candidate; a LIKE on the same lower-cased
-- text confirms it (bigrams do not keep their order). For a two-character term the containment is
-- exact. (Hand-written: an index on an expression is not in the schema engine's model.)

-- Text as it is compared: lower case. (Not NFKC: normalize() costs some 40 µs a record in the LIKE that
-- confirms each candidate, five times the rest of the search; the terms are NFKC-normalised in the
-- application, so full-width letters typed in a query find the usual half-width ones.)
CREATE FUNCTION search_norm(doc text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN lower(doc);

-- The distinct two-character sequences of the compared text, without those holding white space (a
-- term never does: the query is split on it). In one pass over the characters: substr(text, i, 2) on
-- multibyte text walks from the start each time, which made a 100,000-character description take
-- minutes to index; each character beside the next (lead) takes 0.1 s.
CREATE FUNCTION search_bigrams(doc text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN ARRAY(
    SELECT DISTINCT p.pair
    FROM (
      SELECT u.ch || lead(u.ch) OVER (ORDER BY u.n) AS pair
      FROM unnest(string_to_array(search_norm(doc), NULL)) WITH ORDINALITY AS u(ch, n)
    ) p
    WHERE p.pair IS NOT NULL AND p.pair !~ '\s'
  );

-- Each expression exactly as lib/data/search/reads.ts spells it (DOC): the planner uses an index on an
-- expression only for the same expression.
CREATE INDEX "Activity_search_idx" ON "Activity" USING GIN (
  search_bigrams(title || ' ' || coalesce("titleJa", '') || ' ' || description || ' ' || outcomes || ' ' || location));

CREATE INDEX "Program_search_idx" ON "Program" USING GIN (
  search_bigrams("nameEn" || ' ' || "nameJa" || ' ' || "descriptionEn" || ' ' || "descriptionJa"));

CREATE INDEX "ProgramPlan_search_idx" ON "ProgramPlan" USING GIN (search_bigrams(title || ' ' || summary || ' ' || sustainment));

CREATE INDEX "PartnerNeed_search_idx" ON "PartnerNeed" USING GIN (search_bigrams(title || ' ' || description));

CREATE INDEX "PlanComment_search_idx" ON "PlanComment" USING GIN (search_bigrams(body));
