-- Issue 17, search: PostgreSQL full-text search over what people look for, without
-- a separate engine. Each searchable table gets a stored `search_document` (its
-- name or title weighted 'A', its description and notes 'B') and a GIN index; the
-- search query (server/modules/search/search-sources.ts) matches and ranks on it.
--
-- The 'simple' configuration, not 'english': what people type are names, codes
-- ("CR-12", "SOC2", "eu-west-1"), product words and more than one language. 'simple'
-- lower-cases and keeps every word as written (no stemming, no stop words), so a
-- code or a non-English name is found exactly as typed, and prefix matching
-- (`deliver:*`) covers what stemming would have (delivery, delivered).
-- Requests and change requests carry their number ("12", "CR-12") as people quote it.
-- Stored generated columns keep the document in step with every write path (the
-- services, the plan import, the demo seed) without touching them.

ALTER TABLE programs ADD COLUMN search_document tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', coalesce(name, '')), 'A')
  || setweight(to_tsvector('simple', coalesce(summary, '') || ' ' || coalesce(sponsor, '')), 'B')
) STORED;
CREATE INDEX programs_search ON programs USING gin (search_document);

ALTER TABLE milestones ADD COLUMN search_document tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', coalesce(name, '')), 'A')
  || setweight(to_tsvector('simple', coalesce(description, '')), 'B')
) STORED;
CREATE INDEX milestones_search ON milestones USING gin (search_document);

ALTER TABLE tasks ADD COLUMN search_document tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', coalesce(name, '')), 'A')
  || setweight(to_tsvector('simple', coalesce(description, '')), 'B')
) STORED;
CREATE INDEX tasks_search ON tasks USING gin (search_document);

ALTER TABLE intake_requests ADD COLUMN search_document tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', number::text || ' ' || coalesce(title, '')), 'A')
  || setweight(to_tsvector('simple',
       coalesce(problem, '') || ' ' || coalesce(desired_outcome, '') || ' ' || coalesce(business_value, '')), 'B')
) STORED;
CREATE INDEX intake_requests_search ON intake_requests USING gin (search_document);

ALTER TABLE program_risks ADD COLUMN search_document tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', coalesce(title, '')), 'A')
  || setweight(to_tsvector('simple',
       coalesce(description, '') || ' ' || coalesce(mitigation, '') || ' ' || coalesce(contingency, '')), 'B')
) STORED;
CREATE INDEX program_risks_search ON program_risks USING gin (search_document);

ALTER TABLE program_assumptions ADD COLUMN search_document tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', coalesce(statement, '')), 'A')
  || setweight(to_tsvector('simple', coalesce(description, '') || ' ' || coalesce(note, '')), 'B')
) STORED;
CREATE INDEX program_assumptions_search ON program_assumptions USING gin (search_document);

ALTER TABLE program_issues ADD COLUMN search_document tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', coalesce(title, '')), 'A')
  || setweight(to_tsvector('simple', coalesce(description, '')), 'B')
) STORED;
CREATE INDEX program_issues_search ON program_issues USING gin (search_document);

ALTER TABLE external_dependencies ADD COLUMN search_document tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', coalesce(title, '')), 'A')
  || setweight(to_tsvector('simple', coalesce(description, '') || ' ' || coalesce(party, '')), 'B')
) STORED;
CREATE INDEX external_dependencies_search ON external_dependencies USING gin (search_document);

ALTER TABLE decisions ADD COLUMN search_document tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', coalesce(title, '')), 'A')
  || setweight(to_tsvector('simple', coalesce(context, '') || ' ' || coalesce(decision, '')), 'B')
) STORED;
CREATE INDEX decisions_search ON decisions USING gin (search_document);

ALTER TABLE change_requests ADD COLUMN search_document tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', 'CR-' || number::text || ' ' || coalesce(title, '')), 'A')
  || setweight(to_tsvector('simple', coalesce(reason, '') || ' ' || coalesce(decision_reason, '')), 'B')
) STORED;
CREATE INDEX change_requests_search ON change_requests USING gin (search_document);

-- People: the directory's name and job title (what everyone may see), never the
-- e-mail address. Skills live in their own rows: an expression index lets the
-- people source match a skill's name too.
ALTER TABLE users ADD COLUMN search_document tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', coalesce(name, '')), 'A')
  || setweight(to_tsvector('simple', coalesce(title, '')), 'B')
) STORED;
CREATE INDEX users_search ON users USING gin (search_document);
CREATE INDEX person_skills_search ON person_skills USING gin (to_tsvector('simple', name));
