import '@/components/role-checker/audit.css';
import '@/components/api-members/api-members.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { FleetDrift } from '@/components/api-members/FleetDrift';
import { FleetMemberTable } from '@/components/api-members/FleetMemberTable';
import { AuditReportView } from '@/components/role-checker/AuditReportView';
import { fleetToCsv, fleetToJson, fleetToMarkdown } from '@/lib/api-members/export';
import type { ApiMemberView, FleetAudit, FleetSchedule } from '@/lib/api-members/schemas';
import { fleetSummaryLine } from '@/lib/api-members/summary';
import { copyText } from '@/lib/extension/clipboard';
import { downloadText } from '@/lib/extension/download';
import { callBackground } from '@/lib/extension/messaging';
import { commands } from '@/lib/messaging';
import { getProfile, reportToCsv, reportToJson, reportToMarkdown } from '@/lib/permissions';
import { checklistKey, loadTicks, saveTick } from '@/lib/role-checker/checklist';
import type { AuditConnection } from '@/lib/role-checker/commands';
import { integrationOptions } from '@/lib/role-checker/integrations';
import { reportFileName } from '@/lib/role-checker/page/fix-list';

/**
 * Options › API members: every API member of a ConnectWise Manage tenant, tagged with the
 * integrations it serves, audited all at once (least privilege), with what changed since the
 * previous audit, exports, a printable view and the daily re-audit's switch.
 */
export function ApiMembersSection() {
  const [connections, setConnections] = useState<AuditConnection[] | null>(null);
  const [connectionId, setConnectionId] = useState<string | null>(null);
  const [members, setMembers] = useState<ApiMemberView[] | null>(null);
  const [audit, setAudit] = useState<FleetAudit | null>(null);
  const [schedule, setSchedule] = useState<FleetSchedule | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [detail, setDetail] = useState<number | null>(null);
  const [ticks, setTicks] = useState<Record<string, boolean>>({});
  const root = useRef<HTMLDivElement>(null);
  const integrations = integrationOptions('manage').map(({ id, name }) => ({ id, name }));

  useEffect(() => {
    Promise.all([
      callBackground(commands.listAuditConnections, {}),
      callBackground(commands.getFleetAuditSchedule, {}),
      // Opening the report is seeing the worse verdict: the toolbar "!" goes.
      callBackground(commands.acknowledgeFleetAudit, {}),
    ]).then(([answer, saved]) => {
      if (saved.ok) setSchedule(saved.data);
      if (!answer.ok) return setError(answer.error.message);
      const manage = answer.data.connections.filter((connection) => connection.vendor === 'cw-manage');
      setConnections(manage);
      if (manage[0]) void choose(manage[0].id);
    });
  }, []);

  async function choose(id: string) {
    setConnectionId(id);
    setMembers(null);
    setAudit(null);
    setDetail(null);
    setError(null);
    const [listed, last] = await Promise.all([
      callBackground(commands.listApiMembers, { connectionId: id }),
      callBackground(commands.lastFleetAudit, { connectionId: id }),
    ]);
    if (last.ok) setAudit(last.data.audit);
    if (listed.ok) setMembers(listed.data.members);
    else {
      setMembers([]);
      setError(listed.error.message);
    }
  }

  async function runAudit(trigger: 'manual' | 'tags-changed') {
    if (!connectionId) return;
    setBusy(true);
    setError(null);
    const answer = await callBackground(commands.runFleetAudit, { connectionId, trigger });
    setBusy(false);
    if (answer.ok) setAudit(answer.data);
    else setError(answer.error.message);
  }

  async function tag(memberId: number, profiles: string[]) {
    if (!connectionId) return;
    setBusy(true);
    const answer = await callBackground(commands.setApiMemberTags, { connectionId, memberId, profiles });
    setBusy(false);
    if (!answer.ok) return setError(answer.error.message);
    setMembers((current) =>
      (current ?? []).map((member) =>
        member.id === memberId ? { ...member, tags: answer.data.tags } : member,
      ),
    );
    // A changed tag changes what the member is audited against: audit again at once.
    await runAudit('tags-changed');
  }

  async function changeSchedule(enabled: boolean) {
    const answer = await callBackground(commands.setFleetAuditSchedule, {
      ...(schedule ?? { intervalMinutes: 1440 }),
      enabled,
    });
    if (answer.ok) setSchedule(answer.data);
    else setError(answer.error.message);
  }

  const download = (text: string, name: string, type: string) => {
    if (!root.current) return;
    downloadText(root.current, text, name, type);
    setStatus(`${name} downloaded.`);
  };
  const stamp = () => new Date().toISOString().slice(0, 10);

  const results = new Map((audit?.run.members ?? []).map((result) => [result.memberId, result]));
  const detailResult = detail === null ? undefined : results.get(detail);
  const detailReport = detailResult?.reportKey ? audit?.run.reports[detailResult.reportKey] : undefined;
  const showDetail = async (memberId: number) => {
    const result = results.get(memberId);
    setDetail(memberId);
    if (connectionId && result?.roleId != null)
      setTicks(await loadTicks(checklistKey(connectionId, 'role', result.roleId)));
  };

  if (connections === null && !error) return <p>Loading connections…</p>;
  return (
    <div class="mpc-fleet" ref={root}>
      <p>
        Lists every API member of a ConnectWise Manage tenant and audits each one’s security role against the
        integrations it serves, in least-privilege mode. Each role is read once, however many members share
        it.
      </p>
      {connections?.length === 0 && (
        <p role="status">
          No ConnectWise Manage connection is saved yet. Add one under <a href="#connections">Connections</a>,
          then list its API members here.
        </p>
      )}
      {connections && connections.length > 1 && (
        <label>
          Connection{' '}
          <select value={connectionId ?? ''} onChange={(event) => void choose(event.currentTarget.value)}>
            {connections.map((connection) => (
              <option key={connection.id} value={connection.id}>
                {connection.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {error && (
        <p class="mpc-status--error" role="alert">
          {error}
        </p>
      )}
      {connectionId && (
        <div class="mpc-fleet__actions">
          <button type="button" disabled={busy} onClick={() => void runAudit('manual')}>
            {busy ? 'Auditing…' : 'Audit all API members'}
          </button>
          {audit && (
            <>
              <button
                type="button"
                onClick={() => download(fleetToCsv(audit.run), `api-members-${stamp()}.csv`, 'text/csv')}
              >
                Download CSV
              </button>
              <button
                type="button"
                onClick={() =>
                  download(
                    fleetToMarkdown(audit.run, audit.drift),
                    `api-members-${stamp()}.md`,
                    'text/markdown',
                  )
                }
              >
                Download Markdown
              </button>
              <button
                type="button"
                onClick={() =>
                  download(
                    fleetToJson(audit.run, audit.drift),
                    `api-members-${stamp()}.json`,
                    'application/json',
                  )
                }
              >
                Download JSON
              </button>
              <button type="button" onClick={() => window.print()}>
                Print
              </button>
            </>
          )}
          {status && <span role="status">{status}</span>}
        </div>
      )}
      {schedule && connectionId && (
        <label class="mpc-fleet__settings">
          <input
            type="checkbox"
            checked={schedule.enabled}
            onChange={(event) => void changeSchedule(event.currentTarget.checked)}
          />{' '}
          Audit again every day, and show “!” on the toolbar when a verdict gets worse
        </label>
      )}
      {audit && (
        <p class="mpc-fleet__summary">
          <strong>{fleetSummaryLine(audit.run)}</strong> · audited{' '}
          {new Date(audit.run.finishedAt).toLocaleString()} · {audit.run.requests} requests
        </p>
      )}
      {audit?.drift && <FleetDrift drift={audit.drift} />}
      {members === null && connectionId && !error && <p>Loading API members…</p>}
      {members && members.length > 0 && (
        <FleetMemberTable
          members={members}
          results={results}
          integrations={integrations}
          busy={busy}
          onTags={(memberId, profiles) => void tag(memberId, profiles)}
          onDetails={(memberId) => void showDetail(memberId)}
        />
      )}
      {detailResult && detailReport && connectionId && (
        <AuditReportView
          subject={`API member ${detailResult.identifier} (role ${detailResult.roleName ?? detailResult.roleId})`}
          report={detailReport}
          ticks={ticks}
          status={status}
          onTick={async (checkId, ticked) =>
            setTicks(
              await saveTick(checklistKey(connectionId, 'role', detailResult.roleId ?? 0), checkId, ticked),
            )
          }
          onCopyMarkdown={async () =>
            setStatus(
              (await copyText(reportToMarkdown(detailReport, getProfile)))
                ? 'Copied as Markdown.'
                : 'The browser did not allow copying.',
            )
          }
          onDownloadCsv={() =>
            download(
              reportToCsv(detailReport),
              reportFileName(detailResult.identifier, new Date(), 'csv'),
              'text/csv',
            )
          }
          onDownloadJson={() =>
            download(
              reportToJson(detailReport),
              reportFileName(detailResult.identifier, new Date(), 'json'),
              'application/json',
            )
          }
        />
      )}
    </div>
  );
}
