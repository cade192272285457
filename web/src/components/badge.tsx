import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'blue' | 'green' | 'amber' | 'red' | 'violet' | 'muted';

/** A small coloured label for a status, a health or a state. */
export function Badge({
  tone,
  children,
  dot,
}: {
  tone: BadgeTone;
  children: ReactNode;
  dot?: boolean;
}) {
  return (
    <span className={`badge badge--${tone}`}>
      {dot ? <span className="badge__dot" aria-hidden="true" /> : null}
      {children}
    </span>
  );
}
