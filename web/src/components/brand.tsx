/** The Waymark mark and name: small in the sidebar, large on the sign-in page. */
export function Brand({ large }: { large?: boolean }) {
  const size = large ? 36 : 28;
  return (
    <div className={large ? 'brand brand--large' : 'brand'}>
      <span className="brand__mark" aria-hidden="true">
        <svg viewBox="0 0 32 32" width={size} height={size}>
          <rect width="32" height="32" rx="7" fill="currentColor" />
          <path
            d="M8 22l5-12 4 8 2-4 4 8"
            stroke="#fff"
            strokeWidth="2.4"
            fill="none"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      </span>
      <span className="brand__name">Waymark</span>
    </div>
  );
}
