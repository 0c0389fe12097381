import type { ApiMemberView, MemberResult } from '@/lib/api-members/schemas';
import { VERDICT_LABELS } from '@/lib/api-members/verdict';

export interface IntegrationChoice {
  id: string;
  name: string;
}

export interface FleetMemberTableProps {
  members: readonly ApiMemberView[];
  /** The last run's result per member id (absent before the first audit). */
  results: ReadonlyMap<number, MemberResult>;
  integrations: readonly IntegrationChoice[];
  busy: boolean;
  onTags: (memberId: number, profiles: string[]) => void;
  onDetails: (memberId: number) => void;
}

/**
 * Every API member of the tenant, one row each: its role, location and default board, the
 * integrations it is tagged with (a suggestion is offered, never applied), and the last audit's
 * verdict with its counts. Excess is folded to a count; sensitive rights are named.
 */
export function FleetMemberTable(props: FleetMemberTableProps) {
  const names = new Map(props.integrations.map((choice) => [choice.id, choice.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  return (
    <table class="mpc-fleet__table" aria-label="API members">
      <thead>
        <tr>
          <th scope="col">Member</th>
          <th scope="col">Role</th>
          <th scope="col">Location and board</th>
          <th scope="col">Integrations</th>
          <th scope="col">Verdict</th>
          <th scope="col">Missing · excess · manual</th>
        </tr>
      </thead>
      <tbody>
        {props.members.map((member) => {
          const result = props.results.get(member.id);
          const pending = member.suggestions.filter((id) => !member.tags.includes(id));
          return (
            <tr key={member.id} data-member={member.identifier}>
              <th scope="row">
                {member.identifier}
                {member.name && <span class="mpc-fleet__flag mpc-fleet__muted">{member.name}</span>}
                {member.inactive && <span class="mpc-fleet__flag">Inactive</span>}
              </th>
              <td>
                {member.role?.name ?? (member.role?.id != null ? `Role ${member.role.id}` : 'No role')}
                {result?.adminRole && <span class="mpc-fleet__flag">Built-in Admin role</span>}
              </td>
              <td>
                <span class="mpc-fleet__flag">Security location: {member.securityLocation ?? 'not set'}</span>
                <span class="mpc-fleet__flag">Default location: {member.defaultLocation ?? 'not set'}</span>
                <span class="mpc-fleet__flag">Default board: {member.defaultBoard ?? 'none'}</span>
              </td>
              <td>
                {member.tags.map((id) => (
                  <span key={id} class="mpc-fleet__tag">
                    {nameOf(id)}
                    <button
                      type="button"
                      class="mpc-fleet__editor"
                      aria-label={`Remove ${nameOf(id)} from ${member.identifier}`}
                      disabled={props.busy}
                      onClick={() =>
                        props.onTags(
                          member.id,
                          member.tags.filter((tag) => tag !== id),
                        )
                      }
                    >
                      ×
                    </button>
                  </span>
                ))}
                <select
                  class="mpc-fleet__editor"
                  aria-label={`Add an integration to ${member.identifier}`}
                  disabled={props.busy}
                  value=""
                  onChange={(event) => {
                    const id = event.currentTarget.value;
                    if (id) props.onTags(member.id, [...member.tags, id]);
                  }}
                >
                  <option value="">Add…</option>
                  {props.integrations
                    .filter((choice) => !member.tags.includes(choice.id))
                    .map((choice) => (
                      <option key={choice.id} value={choice.id}>
                        {choice.name}
                      </option>
                    ))}
                </select>
                {pending.map((id) => (
                  <button
                    key={id}
                    type="button"
                    class="mpc-fleet__suggestion mpc-fleet__editor"
                    disabled={props.busy}
                    onClick={() => props.onTags(member.id, [...member.tags, id])}
                  >
                    Suggested: tag as {nameOf(id)}
                  </button>
                ))}
              </td>
              <td>
                {result ? (
                  <VerdictCell result={result} onDetails={() => props.onDetails(member.id)} />
                ) : (
                  'Not audited yet'
                )}
              </td>
              <td>
                {result
                  ? `${result.counts.missing} · ${result.counts.excess} · ${result.counts.manual}`
                  : '—'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function VerdictCell({ result, onDetails }: { result: MemberResult; onDetails: () => void }) {
  return (
    <>
      <strong class="mpc-fleet__verdict" data-verdict={result.verdict}>
        {VERDICT_LABELS[result.verdict]}
      </strong>
      {result.sensitiveExcess.length > 0 && (
        <span class="mpc-fleet__flag">Sensitive: {result.sensitiveExcess.join(', ')}</span>
      )}
      {result.sharesRoleWith.length > 0 && (
        <span class="mpc-fleet__flag">
          Shares its role with {result.sharesRoleWith.join(', ')}: one role for two integrations grants each
          the other’s rights.
        </span>
      )}
      {result.message && <span class="mpc-fleet__flag">{result.message}</span>}
      {result.scope.map((note) => (
        <span key={note.id} class="mpc-fleet__flag" data-status={note.status}>
          {note.status === 'fail' ? 'Check fails: ' : note.status === 'pass' ? 'Check passes: ' : ''}
          {note.text}
        </span>
      ))}
      {result.reportKey && (
        <button type="button" class="mpc-fleet__details-button" onClick={onDetails}>
          Findings of {result.identifier}
        </button>
      )}
    </>
  );
}
