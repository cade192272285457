import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/waymark-api';
import type { Role } from '../../api/types';
import { ROLE_LABEL } from '../../api/vocabulary';
import { FormAlert } from '../../components/form-alert';
import { TextField } from '../../components/input-fields';
import { SelectField, VocabularyOptions } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';

const FIELDS = ['email', 'name', 'role'] as const;
const ROLES = Object.keys(ROLE_LABEL) as Role[];

/** Invite by e-mail: the answer is a link, e-mailed when e-mail is configured, else handed over by the admin. */
export function InviteForm({ onLink }: { onLink(link: AccountLinkShown): void }) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('stakeholder');
  const { problem, busy, submit } = useFormSubmission(FIELDS);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    await submit(async () => {
      const link = await unwrap(
        api.POST('/api/users/invitations', { body: { email, name, role } }),
      );
      onLink({ ...link, who: link.user.name });
      setEmail('');
      setName('');
    });
  }

  return (
    <form className="form form--panel" onSubmit={handleSubmit} noValidate aria-label="Invite">
      <FormAlert messages={problem.general} />
      <div className="form-grid">
        <TextField
          label="Email"
          name="email"
          value={email}
          onChange={setEmail}
          error={problem.byField.email}
          required
        />
        <TextField
          label="Name"
          name="name"
          value={name}
          onChange={setName}
          error={problem.byField.name}
          required
        />
        <SelectField
          label="Role"
          name="role"
          value={role}
          onChange={setRole}
          error={problem.byField.role}
        >
          <VocabularyOptions values={ROLES} labels={ROLE_LABEL} />
        </SelectField>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Inviting…' : 'Invite'}
        </button>
      </div>
    </form>
  );
}

export interface AccountLinkShown {
  who: string;
  user: { email: string };
  purpose: 'invitation' | 'password_reset';
  url: string;
  expiresAt: string;
  /** Whether the server queued it for e-mail (WAYMARK_SMTP_URL set). */
  email: 'queued' | 'not_configured';
}
