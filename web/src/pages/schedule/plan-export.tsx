/** Download links for the program's plan in each exchange format (the export API). */
const FORMATS = [
  { format: 'mspdi', label: 'MS Project XML', ext: 'xml' },
  { format: 'yaml', label: 'Waymark plan file (YAML)', ext: 'yaml' },
  { format: 'csv', label: 'CSV', ext: 'csv' },
] as const;

export function PlanExport({ programId, programName }: { programId: string; programName: string }) {
  const base = programName.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'plan';
  return (
    <section className="card plan-export" aria-labelledby="plan-export-title">
      <h2 id="plan-export-title">Export the plan</h2>
      <p className="muted">
        Open it in MS Project or another scheduler, keep it in version control as a plan file, or
        work on it in a spreadsheet. Importing a file makes a new program (Programs page).
      </p>
      <ul className="plan-export__links">
        {FORMATS.map((f) => (
          <li key={f.format}>
            <a
              className="button button--small"
              href={`/api/programs/${programId}/export?format=${f.format}`}
              download={`${base}.${f.ext}`}
            >
              {f.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
