import { useState } from 'react';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import type { PostMortem } from './post-mortem-types';

/** Publishing is final, so it takes a second, deliberate click. */
export function PostMortemPublish({
  postMortem,
  onPublished,
  onReload,
}: {
  postMortem: PostMortem;
  onPublished(updated: PostMortem): void;
  onReload(): void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ message: string; conflict: boolean } | null>(null);

  async function publish() {
    setBusy(true);
    setProblem(null);
    try {
      onPublished(
        await unwrap(
          api.POST('/api/post-mortems/{id}/publish', {
            params: { path: { id: postMortem.id } },
            body: { version: postMortem.version },
          }),
        ),
      );
      setConfirming(false);
    } catch (error) {
      const p = asProblem(error);
      setProblem({ message: p.message, conflict: p.isVersionConflict });
    } finally {
      setBusy(false);
    }
  }

  if (!confirming)
    return (
      <button type="button" className="button button--primary" onClick={() => setConfirming(true)}>
        Publish
      </button>
    );
  return (
    <div className="notice post-mortem-publish" role="group" aria-label="Confirm publishing">
      <span>
        Publish “{postMortem.title}”? Its timeline is stored as it stands, and nothing can be
        changed afterwards.
      </span>
      <button type="button" className="button" autoFocus onClick={() => setConfirming(false)}>
        Cancel
      </button>
      <button
        type="button"
        className="button button--primary"
        disabled={busy}
        onClick={() => void publish()}
      >
        Publish post-mortem
      </button>
      {problem ? (
        <FormAlert
          messages={[problem.message]}
          onReload={problem.conflict ? onReload : undefined}
        />
      ) : null}
    </div>
  );
}
