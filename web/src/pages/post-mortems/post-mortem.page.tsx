import { useState } from 'react';
import { SourceActionItemsCard } from '../action-items/source-action-items-card';
import { Link, useNavigate, useParams } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { Badge } from '../../components/badge';
import { DeleteConfirmation } from '../../components/delete-confirmation';
import { FormAlert } from '../../components/form-alert';
import { formatDate, formatInstant } from '../../components/format';
import { NotFoundPage } from '../not-found.page';
import { useProgramAccess } from '../program-members/use-program-access';
import { PostMortemPublish } from './post-mortem-publish';
import { PostMortemSectionCard } from './post-mortem-section';
import { PostMortemTimelineCard } from './post-mortem-timeline';
import type { PostMortem } from './post-mortem-types';
import './post-mortem.css';

/**
 * One post-mortem: the template's sections (editable while a draft), what happened
 * to the program in time order, and publishing, after which nothing changes.
 */
export function PostMortemPage() {
  const { postMortemId = '' } = useParams();
  const navigate = useNavigate();
  const [saved, setSaved] = useState<PostMortem>();
  const loaded = useLoad(
    () => unwrap(api.GET('/api/post-mortems/{id}', { params: { path: { id: postMortemId } } })),
    postMortemId,
  );
  const pm = saved && saved.version >= (loaded.data?.version ?? 0) ? saved : loaded.data;
  const access = useProgramAccess(pm?.programId ?? '');
  const timeline = useLoad(
    () =>
      unwrap(
        api.GET('/api/post-mortems/{id}/timeline', { params: { path: { id: postMortemId } } }),
      ),
    `${postMortemId}:${pm?.status ?? ''}`,
  );
  const [deleting, setDeleting] = useState(false);

  if (loaded.problem?.code === 'not_found') return <NotFoundPage />;
  const editable = !!pm && pm.status === 'draft' && access.canEdit;
  const reload = () => {
    setSaved(undefined);
    loaded.reload();
  };

  return (
    <div className="page" data-testid="post-mortem-page">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to="/programs">Programs</Link>
        <span aria-hidden="true">/</span>
        {pm ? <Link to={`/programs/${pm.programId}`}>{pm.programName}</Link> : <span>Program</span>}
        <span aria-hidden="true">/</span>
        {pm ? <Link to={`/programs/${pm.programId}/post-mortems`}>Post-mortems</Link> : null}
        <span aria-hidden="true">/</span>
        <span aria-current="page">{pm?.title ?? 'Post-mortem'}</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>{pm?.title ?? 'Post-mortem'}</h1>
          {pm ? (
            <p className="page-header__lead">
              {formatDate(pm.periodFrom)} to {formatDate(pm.periodTo)} · facilitated by{' '}
              {pm.facilitatorName ?? 'no one yet'}
              {pm.participants.length
                ? ` · with ${pm.participants.map((p) => p.name).join(', ')}`
                : ''}
            </p>
          ) : null}
        </div>
        {pm ? (
          <div className="page-header__actions">
            <Badge tone={pm.status === 'published' ? 'green' : 'amber'}>
              {pm.status === 'published' ? `Published ${formatInstant(pm.publishedAt)}` : 'Draft'}
            </Badge>
            {editable && !deleting ? (
              <>
                <PostMortemPublish postMortem={pm} onPublished={setSaved} onReload={reload} />
                <button
                  type="button"
                  className="button button--small button--danger"
                  onClick={() => setDeleting(true)}
                >
                  Delete
                </button>
              </>
            ) : null}
          </div>
        ) : null}
      </header>
      {loaded.problem ? <FormAlert messages={[loaded.problem.message]} onReload={reload} /> : null}
      {pm && deleting ? (
        <DeleteConfirmation
          kind="post-mortem"
          name={pm.title}
          consequence="Its sections go with it; the program's history stays as it is."
          onConfirm={async () => {
            await unwrap(
              api.DELETE('/api/post-mortems/{id}', {
                params: { path: { id: pm.id }, query: { version: pm.version } },
              }),
            );
            void navigate(`/programs/${pm.programId}/post-mortems`);
          }}
          onCancel={() => setDeleting(false)}
          onReload={reload}
        />
      ) : null}
      {pm ? (
        <div className="post-mortem-layout">
          {timeline.data ? <PostMortemTimelineCard timeline={timeline.data} /> : null}
          {timeline.problem ? <FormAlert messages={[timeline.problem.message]} /> : null}
          {pm.sections.map((section) => (
            <PostMortemSectionCard
              key={`${section.id}-${pm.version}`}
              postMortem={pm}
              section={section}
              editable={editable}
              onSaved={setSaved}
              onReload={reload}
            />
          ))}
          <SourceActionItemsCard
            source={{ programId: pm.programId, sourceKind: 'post_mortem', sourceId: pm.id }}
            canAdd={access.canEdit}
            lead="No action items yet. Track each change you commit to as one, with an owner and a date."
          />
        </div>
      ) : null}
    </div>
  );
}
