-- Post-mortems (issue 17): what went well, what did not, root causes and the
-- template's free sections, for a period of a program. A published post-mortem is
-- history: its timeline is snapshotted into the row and nothing changes after.

-- One template for the organization (id is always 1). New post-mortems copy its
-- sections; editing it leaves existing post-mortems as they are.
CREATE TABLE post_mortem_templates (
  id smallint PRIMARY KEY DEFAULT 1 CONSTRAINT post_mortem_templates_singleton CHECK (id = 1),
  -- [{id, title, prompt, kind: list|text}], in order.
  sections jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO post_mortem_templates (sections) VALUES (
  '[
    {"id": "wentWell", "title": "What went well", "prompt": "What should the next program do the same way?", "kind": "list"},
    {"id": "didNotGoWell", "title": "What did not go well", "prompt": "What slowed us down, surprised us or cost more than planned?", "kind": "list"},
    {"id": "rootCauses", "title": "Root causes", "prompt": "Why did it happen? Ask why until the answer is something we can change.", "kind": "list"},
    {"id": "doDifferently", "title": "What we will do differently", "prompt": "The changes we commit to; track each one as an action item.", "kind": "list"}
  ]'::jsonb
);

CREATE TABLE post_mortems (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  program_id uuid NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
  title text NOT NULL CONSTRAINT post_mortems_title_length CHECK (char_length(title) BETWEEN 1 AND 300),
  status text NOT NULL DEFAULT 'draft'
    CONSTRAINT post_mortems_status_known CHECK (status IN ('draft', 'published')),
  period_from date NOT NULL,
  period_to date NOT NULL,
  -- Lists of {text, category?}.
  went_well jsonb NOT NULL DEFAULT '[]'::jsonb,
  did_not_go_well jsonb NOT NULL DEFAULT '[]'::jsonb,
  root_causes jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- The template's sections as they were when it was created, with the content of
  -- the free ones: [{id, title, prompt, kind, items, text}].
  sections jsonb NOT NULL DEFAULT '[]'::jsonb,
  facilitator_id uuid REFERENCES users (id) ON DELETE SET NULL,
  participant_ids uuid[] NOT NULL DEFAULT '{}',
  -- The timeline as it stood when published (NULL while a draft: computed live).
  timeline jsonb,
  published_at timestamptz,
  published_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  search_document tsvector GENERATED ALWAYS AS (
    to_tsvector('simple', coalesce(title, ''))
      || jsonb_to_tsvector('simple'::regconfig, went_well, '["string"]')
      || jsonb_to_tsvector('simple'::regconfig, did_not_go_well, '["string"]')
      || jsonb_to_tsvector('simple'::regconfig, root_causes, '["string"]')
      || jsonb_to_tsvector('simple'::regconfig, jsonb_path_query_array(sections, '$[*].items[*].text'), '["string"]')
      || jsonb_to_tsvector('simple'::regconfig, jsonb_path_query_array(sections, '$[*].text'), '["string"]')
  ) STORED,
  CONSTRAINT post_mortems_period_order CHECK (period_to >= period_from),
  CONSTRAINT post_mortems_published_has_timeline
    CHECK ((status = 'published') = (timeline IS NOT NULL AND published_at IS NOT NULL))
);
CREATE INDEX post_mortems_program ON post_mortems (program_id, period_to DESC);
CREATE INDEX post_mortems_search ON post_mortems USING gin (search_document);
