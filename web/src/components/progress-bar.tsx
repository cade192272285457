/** Done out of total, as a bar with the numbers beside it (tasks, unless told otherwise). */
export function ProgressBar({
  done,
  total,
  label,
  valueText,
  text,
}: {
  done: number;
  total: number;
  label: string;
  /** What a screen reader says, and what is written beside the bar. */
  valueText?: string;
  text?: string;
}) {
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <div className="progress">
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={
          valueText ?? (total === 0 ? 'No tasks yet' : `${done} of ${total} tasks done`)
        }
      >
        <div className="progress__fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="progress__text">
        {text ?? (total === 0 ? 'No tasks' : `${done}/${total}`)}
      </span>
    </div>
  );
}
