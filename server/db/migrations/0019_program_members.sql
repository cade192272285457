-- Per-program permissions (issue 14). A program is read by the whole organization
-- or by its members only; its members are owners, editors or viewers.
ALTER TABLE programs
  ADD COLUMN visibility text NOT NULL DEFAULT 'organization'
    CONSTRAINT programs_visibility_known CHECK (visibility IN ('organization', 'members'));

CREATE TABLE program_members (
  program_id uuid NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role text NOT NULL CONSTRAINT program_members_role_known CHECK (role IN ('owner', 'editor', 'viewer')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (program_id, user_id)
);
-- "Which programs may this person see or change" is the hot question.
CREATE INDEX program_members_user ON program_members (user_id, program_id);

-- Programs made before this: their named owner and whoever created them own them.
INSERT INTO program_members (program_id, user_id, role)
SELECT p.id, p.owner_id, 'owner' FROM programs p WHERE p.owner_id IS NOT NULL
ON CONFLICT DO NOTHING;
INSERT INTO program_members (program_id, user_id, role)
SELECT p.id, e.actor_id, 'owner'
  FROM audit_events e
  JOIN programs p ON p.id::text = e.entity_id
  JOIN users u ON u.id = e.actor_id
 WHERE e.entity_type = 'program' AND e.action = 'create'
ON CONFLICT DO NOTHING;
