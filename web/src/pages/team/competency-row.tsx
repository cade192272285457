import { Fragment, useState } from 'react';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { DeleteConfirmation } from '../../components/delete-confirmation';
import { LadderEntryForm } from './ladder-entry-form';
import type { CareerLevel, Competency } from './team-types';

function ExpectationCell({
  text,
  editable,
  onSave,
}: {
  text: string;
  editable: boolean;
  onSave(text: string): Promise<void>;
}) {
  const [draft, setDraft] = useState<string>();
  const [problem, setProblem] = useState<string>();
  if (draft === undefined)
    return (
      <td className="ladder__cell">
        {text || <span className="muted">—</span>}
        {editable ? (
          <button
            type="button"
            className="button button--ghost button--small ladder__edit"
            onClick={() => setDraft(text)}
          >
            Edit
          </button>
        ) : null}
      </td>
    );
  return (
    <td className="ladder__cell">
      <textarea
        value={draft}
        rows={4}
        onChange={(e) => setDraft(e.target.value)}
        aria-label="Expectation"
      />
      {problem ? <p className="field__error">{problem}</p> : null}
      <div className="button-group">
        <button
          type="button"
          className="button button--primary button--small"
          onClick={async () => {
            try {
              await onSave(draft);
              setDraft(undefined);
            } catch (e) {
              setProblem(asProblem(e).issues[0]?.message ?? asProblem(e).message);
            }
          }}
        >
          Save
        </button>
        <button type="button" className="button button--small" onClick={() => setDraft(undefined)}>
          Cancel
        </button>
      </div>
    </td>
  );
}

type Mode = 'reading' | 'editing' | 'deleting' | 'deleting-assessments';

/** The first sentence of the server's refusal ("2 people have 3 assessments on this competency."). */
function firstSentence(message: string): string {
  const end = message.indexOf('. ');
  return end === -1 ? message : message.slice(0, end + 1);
}

/**
 * A competency with what it expects at each level shown. Admins edit the expectations,
 * rename or reorder it, and delete it; one people were assessed on is deleted only with
 * their assessments, and only when the admin says so.
 */
export function CompetencyRow({
  competency: c,
  levels,
  isAdmin,
  onChanged,
}: {
  competency: Competency;
  levels: CareerLevel[];
  isAdmin: boolean;
  onChanged(): void;
}) {
  const [mode, setMode] = useState<Mode>('reading');
  const [inUse, setInUse] = useState('');
  const reading = () => setMode('reading');
  const remove = (withAssessments: boolean) =>
    unwrap(
      api.DELETE('/api/career-ladder/competencies/{id}', {
        params: {
          path: { id: c.id },
          query: { version: c.version, ...(withAssessments ? { withAssessments: true } : {}) },
        },
      }),
    );

  return (
    <Fragment>
      <tr data-testid="competency-row">
        <th scope="row" className="ladder__competency">
          <span>{c.name}</span>
          <div className="table__sub">{c.description}</div>
          {isAdmin && mode === 'reading' ? (
            <div className="button-group">
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={`Edit competency ${c.name}`}
                onClick={() => setMode('editing')}
              >
                Edit
              </button>
              <button
                type="button"
                className="button button--ghost button--small button--quiet-danger"
                aria-label={`Delete competency ${c.name}`}
                onClick={() => setMode('deleting')}
              >
                Delete
              </button>
            </div>
          ) : null}
        </th>
        {levels.map((l) => (
          <ExpectationCell
            key={l.id}
            text={c.expectations.find((e) => e.levelId === l.id)?.expectation ?? ''}
            editable={isAdmin}
            onSave={async (expectation) => {
              await unwrap(
                api.PUT('/api/career-ladder/competencies/{id}/expectations/{levelId}', {
                  params: { path: { id: c.id, levelId: l.id } },
                  body: { expectation },
                }),
              );
              onChanged();
            }}
          />
        ))}
      </tr>
      {mode !== 'reading' ? (
        <tr className="team-editor-row">
          <td colSpan={levels.length + 1}>
            {mode === 'editing' ? (
              <LadderEntryForm
                label={`Edit competency ${c.name}`}
                textField="description"
                textLabel="Description"
                initial={{ name: c.name, text: c.description, sortOrder: String(c.sortOrder) }}
                submitLabel="Save competency"
                onCancel={reading}
                onReload={onChanged}
                send={async (draft) => {
                  await unwrap(
                    api.PATCH('/api/career-ladder/competencies/{id}', {
                      params: { path: { id: c.id } },
                      body: {
                        version: c.version,
                        name: draft.name,
                        description: draft.text,
                        sortOrder: Number(draft.sortOrder),
                      },
                    }),
                  );
                  reading();
                  onChanged();
                }}
              />
            ) : null}
            {mode === 'deleting' ? (
              <DeleteConfirmation
                kind="competency"
                name={c.name}
                consequence="What it expects at each level goes with it."
                onConfirm={async () => {
                  try {
                    await remove(false);
                  } catch (error) {
                    const p = asProblem(error);
                    if (p.code !== 'in_use') throw error;
                    // Asked again, now naming what else would go: the admin chooses.
                    setInUse(firstSentence(p.message));
                    setMode('deleting-assessments');
                    return;
                  }
                  reading();
                  onChanged();
                }}
                onCancel={reading}
                onReload={onChanged}
              />
            ) : null}
            {mode === 'deleting-assessments' ? (
              <DeleteConfirmation
                kind="competency and its assessments"
                name={c.name}
                consequence={`${inUse} Deleting the competency deletes those assessments too, and promotion readiness is worked out without them. To keep them, rename the competency instead.`}
                onConfirm={async () => {
                  await remove(true);
                  reading();
                  onChanged();
                }}
                onCancel={reading}
                onReload={onChanged}
              />
            ) : null}
          </td>
        </tr>
      ) : null}
    </Fragment>
  );
}
