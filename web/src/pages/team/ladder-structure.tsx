import { useState, type ReactNode } from 'react';
import { api, unwrap } from '../../api/waymark-api';
import { LevelDelete, TrackDelete } from './ladder-entry-delete';
import { LadderEntryForm } from './ladder-entry-form';
import { NewLadderEntryForm } from './new-ladder-entry-form';
import type { CareerLadder } from './team-types';

type Track = CareerLadder['tracks'][number];
type Level = CareerLadder['levels'][number];

const PATH_LABEL = { individual: 'Individual contributor', manager: 'Manager' } as const;

/** One track or level: its name and words, and Edit and Delete buttons for admins. */
function Entry({
  kind,
  name,
  detail,
  text,
  isAdmin,
  editing,
  onEdit,
  onDelete,
  form,
}: {
  kind: 'track' | 'level';
  name: string;
  detail?: string;
  text: string;
  isAdmin: boolean;
  editing: boolean;
  onEdit(): void;
  onDelete(): void;
  /** The edit form or the delete confirmation, shown instead of the entry while open. */
  form: ReactNode;
}) {
  if (editing) return <li className="ladder-entry">{form}</li>;
  return (
    <li className="ladder-entry" data-testid={`ladder-${kind}`}>
      <div className="ladder-entry__head">
        <strong>{name}</strong>
        {detail ? <span className="muted"> · {detail}</span> : null}
        {isAdmin ? (
          <button
            type="button"
            className="button button--ghost button--small"
            aria-label={`Edit ${kind} ${name}`}
            onClick={onEdit}
          >
            Edit
          </button>
        ) : null}
        {isAdmin ? (
          <button
            type="button"
            className="button button--ghost button--small button--quiet-danger"
            aria-label={`Delete ${kind} ${name}`}
            onClick={onDelete}
          >
            Delete
          </button>
        ) : null}
      </div>
      {text ? <p className="ladder-entry__text muted">{text}</p> : null}
    </li>
  );
}

/**
 * The ladder's tracks and levels, added, renamed and deleted by admins. A track's key and a
 * level's path and grade are what people and imports hang on, so they are set only on adding.
 */
export function LadderStructure({
  ladder,
  isAdmin,
  onChanged,
}: {
  ladder: CareerLadder;
  isAdmin: boolean;
  onChanged(): void;
}) {
  // One open form at a time: "edit:<id>", "delete:<id>" or "new:track" / "new:level".
  const [open, setOpen] = useState<string>();
  const done = () => setOpen(undefined);
  const changed = () => {
    done();
    onChanged();
  };
  const addButton = (kind: 'track' | 'level') =>
    isAdmin && open !== `new:${kind}` ? (
      <button type="button" className="button button--small" onClick={() => setOpen(`new:${kind}`)}>
        {kind === 'track' ? 'Add track' : 'Add level'}
      </button>
    ) : null;
  const newForm = (kind: 'track' | 'level') =>
    open === `new:${kind}` ? (
      <NewLadderEntryForm kind={kind} onDone={(saved) => (saved ? changed() : done())} />
    ) : null;

  const trackForm = (t: Track) => (
    <LadderEntryForm
      label={`Edit track ${t.name}`}
      textField="description"
      textLabel="Description"
      initial={{ name: t.name, text: t.description }}
      submitLabel="Save track"
      onCancel={done}
      onReload={onChanged}
      send={async (draft) => {
        await unwrap(
          api.PATCH('/api/career-ladder/tracks/{id}', {
            params: { path: { id: t.id } },
            body: { version: t.version, name: draft.name, description: draft.text },
          }),
        );
        done();
        onChanged();
      }}
    />
  );
  const levelForm = (l: Level) => (
    <LadderEntryForm
      label={`Edit level ${l.name}`}
      textField="summary"
      textLabel="Summary"
      initial={{ name: l.name, text: l.summary }}
      submitLabel="Save level"
      onCancel={done}
      onReload={onChanged}
      send={async (draft) => {
        await unwrap(
          api.PATCH('/api/career-ladder/levels/{id}', {
            params: { path: { id: l.id } },
            body: { version: l.version, name: draft.name, summary: draft.text },
          }),
        );
        done();
        onChanged();
      }}
    />
  );

  return (
    <section className="card" aria-labelledby="ladder-structure-title">
      <div className="card__header">
        <h2 id="ladder-structure-title">Tracks and levels</h2>
      </div>
      <div className="ladder-structure">
        <div>
          <div className="ladder-structure__head">
            <h3>Tracks</h3>
            {addButton('track')}
          </div>
          {newForm('track')}
          <ul className="ladder-entries">
            {ladder.tracks.map((t) => (
              <Entry
                key={`${t.id}:${t.version}`}
                kind="track"
                name={t.name}
                text={t.description}
                isAdmin={isAdmin}
                editing={open === `edit:${t.id}` || open === `delete:${t.id}`}
                onEdit={() => setOpen(`edit:${t.id}`)}
                onDelete={() => setOpen(`delete:${t.id}`)}
                form={
                  open === `delete:${t.id}` ? (
                    <TrackDelete track={t} onCancel={done} onChanged={changed} />
                  ) : (
                    trackForm(t)
                  )
                }
              />
            ))}
          </ul>
        </div>
        <div>
          <div className="ladder-structure__head">
            <h3>Levels</h3>
            {addButton('level')}
          </div>
          {newForm('level')}
          <ul className="ladder-entries">
            {ladder.levels.map((l) => (
              <Entry
                key={`${l.id}:${l.version}`}
                kind="level"
                name={l.name}
                detail={`${PATH_LABEL[l.path]}, grade ${l.grade}`}
                text={l.summary}
                isAdmin={isAdmin}
                editing={open === `edit:${l.id}` || open === `delete:${l.id}`}
                onEdit={() => setOpen(`edit:${l.id}`)}
                onDelete={() => setOpen(`delete:${l.id}`)}
                form={
                  open === `delete:${l.id}` ? (
                    <LevelDelete level={l} onCancel={done} onChanged={changed} />
                  ) : (
                    levelForm(l)
                  )
                }
              />
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
