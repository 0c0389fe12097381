import { driftLines } from '@/lib/api-members/export';
import type { Drift } from '@/lib/api-members/schemas';

/** What changed since the previous audit, one sentence per change. */
export function FleetDrift({ drift }: { drift: Drift }) {
  const lines = driftLines(drift);
  return (
    <section class="mpc-fleet__drift" aria-label="Changes since the previous audit">
      <h3>Changes since the audit of {new Date(drift.since).toLocaleString()}</h3>
      {lines.length === 0 ? (
        <p>Nothing changed.</p>
      ) : (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
