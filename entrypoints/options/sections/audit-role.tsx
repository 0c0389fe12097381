import '@/components/role-checker/audit.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { AuditReportView } from '@/components/role-checker/AuditReportView';
import { AuditTargetForm } from '@/components/role-checker/AuditTargetForm';
import { copyText } from '@/lib/extension/clipboard';
import { downloadText } from '@/lib/extension/download';
import { callBackground } from '@/lib/extension/messaging';
import { commands } from '@/lib/messaging';
import {
  type AuditMode,
  type AuditReport,
  getProfile,
  reportToCsv,
  reportToJson,
  reportToMarkdown,
} from '@/lib/permissions';
import { checklistKey, loadTicks, saveTick } from '@/lib/role-checker/checklist';
import type { AuditConnection } from '@/lib/role-checker/commands';
import { integrationOptions, startingProfiles } from '@/lib/role-checker/integrations';
import { reportFileName } from '@/lib/role-checker/page/fix-list';

interface AuditResult {
  subject: string;
  /** Automate: whose own settings (the Integrator flag) were read, or why not. */
  note: string | undefined;
  fileStem: string;
  report: AuditReport;
  checklist: string;
}

/** The connection's own user, whose settings the Automate audit read from its record. */
function automateUserNote(user: { id: number; name: string } | { problem: string }): string {
  return 'problem' in user
    ? `The connection's user record could not be read, so its settings (the Integrator box) are left to check by hand: ${user.problem}`
    : `User settings (the Integrator box) read from the connection's own user, ${user.name} (#${user.id}).`;
}

/**
 * "Audit a role": a ConnectWise Manage security role, or an Automate user class, read through a
 * saved connection and audited like the in-page checker does, with exports and a saved checklist
 * for what the API cannot show.
 */
export function AuditRoleSection() {
  const [connections, setConnections] = useState<AuditConnection[] | null>(null);
  const [connectionId, setConnectionId] = useState<string | null>(null);
  const [targets, setTargets] = useState<{ id: number; name: string }[] | null>(null);
  const [targetId, setTargetId] = useState<number | null>(null);
  const [profiles, setProfiles] = useState<string[]>([]);
  /** The integrations the organization's policy preselects (none without a policy). */
  const [preselected, setPreselected] = useState<string[]>([]);
  const [mode, setMode] = useState<AuditMode>('minimum');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<AuditResult | null>(null);
  const [ticks, setTicks] = useState<Record<string, boolean>>({});
  const [status, setStatus] = useState<string | null>(null);
  const downloads = useRef<HTMLDivElement>(null);

  const connection = connections?.find((candidate) => candidate.id === connectionId);
  const product = connection?.vendor === 'cw-automate' ? 'automate' : 'manage';

  useEffect(() => {
    // The preselection arrives before the form shows; without it, nothing is preselected.
    Promise.all([
      callBackground(commands.listAuditConnections, {}),
      callBackground(commands.roleCheckerDefaults, {}),
    ]).then(([answer, defaults]) => {
      if (defaults.ok) setPreselected(defaults.data.profiles);
      if (answer.ok) setConnections(answer.data.connections);
      else setError(answer.error.message);
    });
  }, []);

  const chooseConnection = async (id: string) => {
    const chosen = connections?.find((candidate) => candidate.id === id);
    setConnectionId(id);
    setTargets(null);
    setTargetId(null);
    setProfiles((picked) =>
      startingProfiles(chosen?.vendor === 'cw-automate' ? 'automate' : 'manage', picked, preselected),
    );
    setResult(null);
    setError(null);
    const answer =
      chosen?.vendor === 'cw-automate'
        ? await callBackground(commands.listAutomateUserClasses, { connectionId: id })
        : await callBackground(commands.listManageRoles, { connectionId: id });
    if (!answer.ok) {
      setError(answer.error.message);
      setTargets([]);
      return;
    }
    setTargets('roles' in answer.data ? answer.data.roles : answer.data.userClasses);
  };

  const audit = async () => {
    if (!connectionId || targetId === null) return;
    setBusy(true);
    setError(null);
    setStatus(null);
    const answer =
      product === 'automate'
        ? await callBackground(commands.auditAutomateUserClass, {
            connectionId,
            userClassId: targetId,
            profiles,
          })
        : await callBackground(commands.auditManageRole, { connectionId, roleId: targetId, profiles, mode });
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error.message);
      setResult(null);
      return;
    }
    const audited = 'role' in answer.data ? answer.data.role : answer.data.userClass;
    const kind = product === 'automate' ? 'user-class' : 'role';
    const checklist = checklistKey(connectionId, kind, audited.id);
    setResult({
      subject: `${product === 'automate' ? 'User class' : 'Security role'} ${audited.name}`,
      note: 'user' in answer.data ? automateUserNote(answer.data.user) : undefined,
      fileStem: audited.name,
      report: answer.data.report,
      checklist,
    });
    setTicks(await loadTicks(checklist));
  };

  const download = (text: string, extension: 'csv' | 'json', type: string) => {
    if (!result || !downloads.current) return;
    downloadText(downloads.current, text, reportFileName(result.fileStem, new Date(), extension), type);
    setStatus(`${extension.toUpperCase()} downloaded.`);
  };

  if (connections === null && !error) return <p>Loading connections…</p>;
  return (
    <div class="mpc-audit-section" ref={downloads}>
      <p>
        Reads a security role (ConnectWise Manage) or a user class (ConnectWise Automate) through a saved
        connection and checks it against the integrations you pick.
      </p>
      {connections?.length === 0 && (
        <p role="status">
          No ConnectWise connection is saved yet. Add one under <a href="#connections">Connections</a>, then
          audit its roles here.
        </p>
      )}
      {connections && connections.length > 0 && (
        <AuditTargetForm
          connections={connections}
          connectionId={connectionId}
          targets={targets}
          targetId={targetId}
          integrations={integrationOptions(product)}
          profiles={profiles}
          mode={product === 'manage' ? mode : null}
          busy={busy}
          onConnection={chooseConnection}
          onTarget={setTargetId}
          onProfiles={setProfiles}
          onMode={setMode}
          onAudit={audit}
        />
      )}
      {error && (
        <p class="mpc-status--error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <AuditReportView
          subject={result.subject}
          note={result.note}
          report={result.report}
          ticks={ticks}
          status={status}
          onTick={async (checkId, ticked) => setTicks(await saveTick(result.checklist, checkId, ticked))}
          onCopyMarkdown={async () =>
            setStatus(
              (await copyText(reportToMarkdown(result.report, getProfile)))
                ? 'Copied as Markdown.'
                : 'The browser did not allow copying.',
            )
          }
          onDownloadCsv={() => download(reportToCsv(result.report), 'csv', 'text/csv')}
          onDownloadJson={() => download(reportToJson(result.report), 'json', 'application/json')}
        />
      )}
    </div>
  );
}
