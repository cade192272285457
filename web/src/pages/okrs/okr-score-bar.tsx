import { ProgressBar } from '../../components/progress-bar';
import { scorePercent } from './okr-types';

/** A score from 0 to 1 as a bar with the percentage beside it. */
export function OkrScoreBar({ score, label }: { score: number | null; label: string }) {
  const percent = score === null ? 0 : Math.round(score * 100);
  return (
    <ProgressBar
      done={percent}
      total={100}
      label={label}
      valueText={scorePercent(score)}
      text={scorePercent(score)}
    />
  );
}
