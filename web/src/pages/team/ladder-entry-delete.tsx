import { useState } from 'react';
import { api, unwrap } from '../../api/waymark-api';
import { DeleteConfirmation } from '../../components/delete-confirmation';
import type { CareerLadder } from './team-types';

type Track = CareerLadder['tracks'][number];
type Level = CareerLadder['levels'][number];

interface Props {
  onCancel(): void;
  /** After the delete, or to fetch the ladder again after a conflict. */
  onChanged(): void;
}

/**
 * Deleting a track: refused by the server (its sentence shown) while people are on it
 * or headcount roles are planned on it.
 */
export function TrackDelete({ track, onCancel, onChanged }: Props & { track: Track }) {
  return (
    <DeleteConfirmation
      kind="track"
      name={track.name}
      consequence="People and headcount roles on this track block the delete: move them to another track first, or rename the track instead."
      onConfirm={async () => {
        await unwrap(
          api.DELETE('/api/career-ladder/tracks/{id}', {
            params: { path: { id: track.id }, query: { version: track.version } },
          }),
        );
        onChanged();
      }}
      onCancel={onCancel}
      onReload={onChanged}
    />
  );
}

/**
 * Deleting a level. People and roles on it always block it; the ladder text and the
 * assessments made at it go only when the admin ticks them, since neither comes back.
 */
export function LevelDelete({ level, onCancel, onChanged }: Props & { level: Level }) {
  const [withExpectations, setWithExpectations] = useState(false);
  const [withAssessments, setWithAssessments] = useState(false);
  const also = [
    withExpectations ? 'what each competency expects at it' : '',
    withAssessments ? 'the assessments people made at it' : '',
  ].filter(Boolean);
  return (
    <div className="ladder-level-delete">
      <fieldset className="fieldset">
        <legend>Also delete</legend>
        <label className="weekdays__option">
          <input
            type="checkbox"
            name="withExpectations"
            checked={withExpectations}
            onChange={(ev) => setWithExpectations(ev.target.checked)}
          />
          What each competency expects at this level (the ladder text for it)
        </label>
        <label className="weekdays__option">
          <input
            type="checkbox"
            name="withAssessments"
            checked={withAssessments}
            onChange={(ev) => setWithAssessments(ev.target.checked)}
          />
          The self and manager assessments people made at this level
        </label>
        <p className="field__hint">
          These are the API&apos;s withExpectations and withAssessments. Unticked, a level that has
          either is kept and the reason is shown. People and headcount roles on the level always
          keep it: move them to another level first.
        </p>
      </fieldset>
      <DeleteConfirmation
        kind="level"
        name={level.name}
        consequence={
          also.length > 0
            ? `With it go ${also.join(' and ')}.`
            : 'The other levels of its path stay as they are.'
        }
        onConfirm={async () => {
          await unwrap(
            api.DELETE('/api/career-ladder/levels/{id}', {
              params: {
                path: { id: level.id },
                query: {
                  version: level.version,
                  ...(withExpectations ? { withExpectations: true } : {}),
                  ...(withAssessments ? { withAssessments: true } : {}),
                },
              },
            }),
          );
          onChanged();
        }}
        onCancel={onCancel}
        onReload={onChanged}
      />
    </div>
  );
}
