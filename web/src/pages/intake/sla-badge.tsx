import { Badge } from '../../components/badge';
import { formatInstantIn } from '../../components/format';
import { SLA_LABEL, SLA_TONE, type SlaClock } from './intake-types';

function workingHours(minutes: number): string {
  const h = Math.abs(minutes) / 60;
  return `${Number.isInteger(h) ? h : h.toFixed(1)} working h`;
}

/** One SLA clock: a badge (on track / due soon / breached…) and, while it runs, the time left and the due time. */
export function SlaBadge({
  clock,
  label,
  timeZone,
}: {
  clock: SlaClock;
  label: string;
  timeZone: string;
}) {
  const running =
    clock.state === 'on_track' || clock.state === 'due_soon' || clock.state === 'breached';
  return (
    <span
      className="sla"
      data-sla-state={clock.state}
      aria-label={`${label}: ${SLA_LABEL[clock.state]}`}
    >
      <Badge tone={SLA_TONE[clock.state]} dot>
        {SLA_LABEL[clock.state]}
      </Badge>
      {running ? (
        <span className="sla__detail">
          {clock.workingMinutesLeft >= 0
            ? `${workingHours(clock.workingMinutesLeft)} left`
            : `${workingHours(clock.workingMinutesLeft)} over`}
          {/* Due times read on the team's clock (the calendar the SLA counts on), whatever the viewer's zone. */}
          {clock.dueAt ? ` · due ${formatInstantIn(clock.dueAt, timeZone)}` : ''}
        </span>
      ) : null}
    </span>
  );
}
