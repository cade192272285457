import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { Badge } from '../../components/badge';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { formatDate } from '../../components/format';
import { DateField, TextField } from '../../components/input-fields';
import { useFormSubmission } from '../../components/use-form-submission';
import { NotFoundPage } from '../not-found.page';
import { useProgramAccess } from '../program-members/use-program-access';
import './post-mortem.css';

/** Start a post-mortem: a title, and a period that defaults to the program's start → today. */
function NewPostMortemForm({ programId, onCancel }: { programId: string; onCancel(): void }) {
  const navigate = useNavigate();
  const form = useFormSubmission(['title', 'periodFrom', 'periodTo']);
  const [title, setTitle] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');

  async function submit(ev: FormEvent) {
    ev.preventDefault();
    await form.submit(async () => {
      const pm = await unwrap(
        api.POST('/api/programs/{id}/post-mortems', {
          params: { path: { id: programId } },
          body: {
            title: title.trim(),
            ...(from ? { periodFrom: from } : {}),
            ...(to ? { periodTo: to } : {}),
          },
        }),
      );
      void navigate(`/post-mortems/${pm.id}`);
    });
  }

  return (
    <form
      className="card form form--panel"
      onSubmit={(ev) => void submit(ev)}
      aria-label="New post-mortem"
    >
      <FormAlert messages={form.problem.general} />
      <TextField
        label="Title"
        name="title"
        required
        value={title}
        onChange={setTitle}
        error={form.problem.byField.title}
      />
      <div className="field-pair">
        <DateField
          label="From"
          name="periodFrom"
          hint="Blank: the program's start"
          value={from}
          onChange={setFrom}
          error={form.problem.byField.periodFrom}
        />
        <DateField
          label="To"
          name="periodTo"
          hint="Blank: today"
          value={to}
          onChange={setTo}
          error={form.problem.byField.periodTo}
        />
      </div>
      <FormActions submitLabel="Start post-mortem" busy={form.busy} onCancel={onCancel} />
    </form>
  );
}

/** A program's post-mortems, the latest period first, and a way to start one. */
export function PostMortemsPage() {
  const { programId = '' } = useParams();
  const access = useProgramAccess(programId);
  const program = useLoad(
    () => unwrap(api.GET('/api/programs/{id}', { params: { path: { id: programId } } })),
    `program:${programId}`,
  );
  const list = useLoad(
    () =>
      unwrap(api.GET('/api/programs/{id}/post-mortems', { params: { path: { id: programId } } })),
    programId,
  );
  const [creating, setCreating] = useState(false);
  if (program.problem?.code === 'not_found') return <NotFoundPage />;

  return (
    <div className="page" data-testid="post-mortems-page">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to="/programs">Programs</Link>
        <span aria-hidden="true">/</span>
        <Link to={`/programs/${programId}`}>{program.data?.name ?? 'Program'}</Link>
        <span aria-hidden="true">/</span>
        <span aria-current="page">Post-mortems</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>Post-mortems</h1>
          <p className="page-header__lead">
            What went well, what did not and why, with the program&apos;s timeline beside it.
          </p>
        </div>
        {access.canEdit && !creating ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setCreating(true)}
          >
            New post-mortem
          </button>
        ) : null}
      </header>
      {creating ? (
        <NewPostMortemForm programId={programId} onCancel={() => setCreating(false)} />
      ) : null}
      {list.problem ? <FormAlert messages={[list.problem.message]} onReload={list.reload} /> : null}
      {list.data && list.data.items.length === 0 ? (
        <p className="empty">No post-mortems yet.</p>
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <div className="card card--flush table-wrap">
          <table className="table" aria-label="Post-mortems">
            <thead>
              <tr>
                <th>Title</th>
                <th>Period</th>
                <th>Status</th>
                <th>Facilitator</th>
                <th className="numeric">Root causes</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((pm) => (
                <tr key={pm.id}>
                  <td className="table__primary">
                    <Link to={`/post-mortems/${pm.id}`}>{pm.title}</Link>
                  </td>
                  <td className="nowrap">
                    {formatDate(pm.periodFrom)} to {formatDate(pm.periodTo)}
                  </td>
                  <td>
                    <Badge tone={pm.status === 'published' ? 'green' : 'amber'}>
                      {pm.status === 'published' ? 'Published' : 'Draft'}
                    </Badge>
                  </td>
                  <td>{pm.facilitatorName ?? '—'}</td>
                  <td className="numeric">{pm.rootCauses.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
