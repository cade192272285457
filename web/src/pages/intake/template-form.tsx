import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { DecimalField } from '../../components/input-fields';
import { useFormSubmission } from '../../components/use-form-submission';
import type { RequestTemplate } from './intake-types';

const FIELDS = [
  'intro',
  'firstResponseHours',
  'triageHours',
  'gitlabLabel',
  'gitlabHandle',
  'fields',
] as const;

/** What requesters are asked and the SLA targets; TPM managers change it. */
export function TemplateForm({
  template,
  onSaved,
  onCancel,
}: {
  template: RequestTemplate;
  onSaved(): void;
  onCancel(): void;
}) {
  const [intro, setIntro] = useState(template.intro);
  const [firstResponse, setFirstResponse] = useState(String(template.firstResponseHours));
  const [triage, setTriage] = useState(String(template.triageHours));
  const [gitlabLabel, setGitlabLabel] = useState(template.gitlabLabel);
  const [gitlabHandle, setGitlabHandle] = useState(template.gitlabHandle);
  const [fields, setFields] = useState(template.fields);
  const { problem, busy, submit } = useFormSubmission(FIELDS);
  const e = problem.byField;

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    await submit(async () => {
      await unwrap(
        api.PUT('/api/request-template', {
          body: {
            intro,
            firstResponseHours: Number(firstResponse),
            triageHours: Number(triage),
            gitlabLabel,
            gitlabHandle,
            fields,
            version: template.version,
          },
        }),
      );
      onSaved();
    });
  }

  return (
    <form
      className="card form form--panel"
      onSubmit={handleSubmit}
      noValidate
      aria-labelledby="template-title"
    >
      <div className="card__header">
        <h2 id="template-title">Request template</h2>
      </div>
      <FormAlert messages={problem.general} />
      <div className="form-grid">
        <Field label="Introduction" name="intro" error={e.intro} className="span-2">
          {(c) => (
            <textarea {...c} rows={2} value={intro} onChange={(ev) => setIntro(ev.target.value)} />
          )}
        </Field>
        <DecimalField
          label="First response target (working hours)"
          name="firstResponseHours"
          error={e.firstResponseHours}
          value={firstResponse}
          onChange={setFirstResponse}
        />
        <DecimalField
          label="Triage target (working hours)"
          name="triageHours"
          error={e.triageHours}
          value={triage}
          onChange={setTriage}
        />
        <Field label="GitLab label" name="gitlabLabel" error={e.gitlabLabel}>
          {(c) => (
            <input {...c} value={gitlabLabel} onChange={(ev) => setGitlabLabel(ev.target.value)} />
          )}
        </Field>
        <Field label="GitLab handle (without @)" name="gitlabHandle" error={e.gitlabHandle}>
          {(c) => (
            <input
              {...c}
              value={gitlabHandle}
              onChange={(ev) => setGitlabHandle(ev.target.value)}
            />
          )}
        </Field>
        {fields.map((f, i) => (
          <Field
            key={f.key}
            label={`Help text: ${f.label}`}
            name={`fields[${i}]`}
            error={i === 0 ? e.fields : undefined}
            className="span-2"
          >
            {(c) => (
              <input
                {...c}
                value={f.help}
                onChange={(ev) =>
                  setFields((all) =>
                    all.map((x, j) => (j === i ? { ...x, help: ev.target.value } : x)),
                  )
                }
              />
            )}
          </Field>
        ))}
      </div>
      <FormActions
        submitLabel="Save template"
        busyLabel="Saving…"
        busy={busy}
        onCancel={onCancel}
      />
    </form>
  );
}
