import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { TextField } from '../../components/input-fields';
import { useFormSubmission } from '../../components/use-form-submission';
import {
  isBound,
  type PostMortem,
  type PostMortemItem,
  type PostMortemSection,
} from './post-mortem-types';

interface SectionProps {
  postMortem: PostMortem;
  section: PostMortemSection;
  editable: boolean;
  onSaved(updated: PostMortem): void;
  onReload(): void;
}

/** The items a list section shows: a bound section's come from its field. */
function itemsOf(pm: PostMortem, section: PostMortemSection): PostMortemItem[] {
  return isBound(section.id) ? pm[section.id] : section.items;
}

/** One section of the template: its prompt, its content, and (while a draft) its editor. */
export function PostMortemSectionCard({
  postMortem,
  section,
  editable,
  onSaved,
  onReload,
}: SectionProps) {
  const form = useFormSubmission(['item', 'text', 'category'], {
    ...Object.fromEntries(
      ['wentWell', 'didNotGoWell', 'rootCauses', 'sectionContent'].map((f) => [f, 'item']),
    ),
  });
  const [text, setText] = useState('');
  const [category, setCategory] = useState('');
  const [freeText, setFreeText] = useState(section.text ?? '');
  const headingId = `section-${section.id}`;
  const items = itemsOf(postMortem, section);

  /** Sends the section's new content with the version read. */
  const save = (content: { items?: PostMortemItem[]; text?: string | null }) =>
    form.submit(async () => {
      const body =
        isBound(section.id) && content.items
          ? { [section.id]: content.items }
          : { sectionContent: [{ id: section.id, ...content }] };
      const updated = await unwrap(
        api.PATCH('/api/post-mortems/{id}', {
          params: { path: { id: postMortem.id } },
          body: { version: postMortem.version, ...body },
        }),
      );
      onSaved(updated);
    });

  async function addItem(ev: FormEvent) {
    ev.preventDefault();
    const item = { text: text.trim(), category: category.trim() || null };
    if (await save({ items: [...items, item] })) {
      setText('');
      setCategory('');
    }
  }

  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card__header card__header--padded">
        <h2 id={headingId}>{section.title}</h2>
      </div>
      <div className="card__body">
        {section.prompt ? <p className="post-mortem-section__prompt">{section.prompt}</p> : null}
        <FormAlert
          messages={form.problem.general}
          onReload={form.problem.conflict ? onReload : undefined}
        />
        {section.kind === 'text' ? (
          editable ? (
            <form
              className="form"
              onSubmit={(ev) => {
                ev.preventDefault();
                void save({ text: freeText.trim() || null });
              }}
            >
              <Field label={section.title} name="text" error={form.problem.byField.text}>
                {(c) => (
                  <textarea
                    {...c}
                    rows={4}
                    value={freeText}
                    onChange={(ev) => setFreeText(ev.target.value)}
                  />
                )}
              </Field>
              <button type="submit" className="button button--small" disabled={form.busy}>
                Save
              </button>
            </form>
          ) : (
            <p>{section.text ?? '—'}</p>
          )
        ) : (
          <>
            {items.length === 0 ? (
              <p className="empty">Nothing here yet.</p>
            ) : (
              <ul className="post-mortem-section__items" aria-label={section.title}>
                {items.map((item, i) => (
                  <li key={`${i}-${item.text}`} className="post-mortem-section__item">
                    {item.category ? <span className="chip">{item.category}</span> : null}
                    <span className="post-mortem-section__text">{item.text}</span>
                    {editable ? (
                      <button
                        type="button"
                        className="button button--small button--quiet-danger"
                        aria-label={`Remove "${item.text}"`}
                        disabled={form.busy}
                        onClick={() => void save({ items: items.filter((_, j) => j !== i) })}
                      >
                        Remove
                      </button>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
            {editable ? (
              <form className="post-mortem-item-form" onSubmit={(ev) => void addItem(ev)}>
                <TextField
                  label={`New item for ${section.title}`}
                  name="item"
                  value={text}
                  onChange={setText}
                  error={form.problem.byField.item}
                />
                <TextField
                  label="Category (optional)"
                  name="category"
                  value={category}
                  onChange={setCategory}
                  error={form.problem.byField.category}
                />
                <button type="submit" className="button button--small" disabled={form.busy}>
                  Add
                </button>
              </form>
            ) : null}
          </>
        )}
      </div>
    </section>
  );
}
