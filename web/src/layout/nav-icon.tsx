import type { Capability } from '../pages/coming-soon/capabilities';

// Simple stroked 20px icons drawn by hand, so the sidebar needs no icon font.
const PATHS: Record<Capability['icon'], string> = {
  home: 'M3 9.5L10 3l7 6.5M5 8v9h10V8M8.5 17v-4.5h3V17',
  check: 'M4 4h12v12H4zM7 10l2 2 4-4.5',
  inbox: 'M3 11l2.5-6h9L17 11v5H3zM3 11h4l1 2h4l1-2h4',
  layers: 'M10 3l7 4-7 4-7-4zM3 11l7 4 7-4M3 14.5l7 4 7-4',
  grid: 'M3 3h6v6H3zM11 3h6v6h-6zM3 11h6v6H3zM11 11h6v6h-6z',
  people:
    'M7 9a3 3 0 100-6 3 3 0 000 6zM2 17c0-3 2.2-5 5-5s5 2 5 5M13.5 9a2.5 2.5 0 100-5M14 12c2.3.3 4 2 4 5',
  scale: 'M10 3v14M5 17h10M4 6h12M4 6l-2.5 5a2.5 2.5 0 005 0zM16 6l-2.5 5a2.5 2.5 0 005 0z',
  gauge: 'M3.5 14a7 7 0 1113 0M10 14l3.5-5M3.5 14h13',
  target:
    'M10 17a7 7 0 100-14 7 7 0 000 14zM10 13.5a3.5 3.5 0 100-7 3.5 3.5 0 000 7zM10 10.5a.5.5 0 100-1',
  message: 'M3 4h14v9H8l-4 3.5V13H3zM6.5 7.5h7M6.5 10h4.5',
  shield: 'M10 2.5l6 2.5v4.5c0 4-2.6 6.7-6 8-3.4-1.3-6-4-6-8V5zM7.5 10l2 2 3.5-4',
};

export function NavIcon({ icon }: { icon: Capability['icon'] }) {
  return (
    <svg
      className="nav-icon"
      viewBox="0 0 20 20"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[icon]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
