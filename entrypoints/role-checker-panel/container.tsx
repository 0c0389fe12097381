import { useEffect, useRef, useState } from 'preact/hooks';
import { RoleCheckerPanel } from '@/components/role-checker/RoleCheckerPanel';
import { copyText } from '@/lib/extension/clipboard';
import { downloadText } from '@/lib/extension/download';
import type { RoleChecker } from '@/lib/role-checker/page/checker';
import { fixListCsv, fixListMarkdown, pageAddress, reportFileName } from '@/lib/role-checker/page/fix-list';
import type { RoleReader } from '@/lib/role-checker/page/reader-api';
import { scrubbedSnapshot, snapshotFileName } from '@/lib/role-checker/page/snapshot';

/** Wires the checker's state to the panel, and the panel's buttons to clipboard and downloads. */
export function RoleCheckerContainer({ checker, reader }: { checker: RoleChecker; reader: RoleReader }) {
  const [state, setState] = useState(checker.getState);
  const [status, setStatus] = useState<string | null>(null);
  const anchor = useRef<HTMLDivElement>(null);
  useEffect(() => {
    setState(checker.getState());
    return checker.subscribe(setState);
  }, [checker]);

  const screen = checker.getScreen();
  const download = (text: string, fileName: string, type: string) => {
    if (anchor.current) downloadText(anchor.current, text, fileName, type);
  };

  return (
    <div ref={anchor}>
      <RoleCheckerPanel
        state={state}
        integrations={state.integrations}
        status={status}
        onProfilesChange={(profiles) => checker.setProfiles(profiles)}
        onModeChange={(mode) => checker.setMode(mode)}
        onFeaturesChange={(features) => checker.setFeatures(features)}
        onNextProblem={() => checker.nextProblem()}
        onCopyFixList={async () => {
          if (!state.verdict) return;
          const text = fixListMarkdown(state.verdict, {
            roleName: state.roleName,
            pageUrl: pageAddress(screen.location),
          });
          setStatus((await copyText(text)) ? 'Fix list copied.' : 'The browser did not allow copying.');
        }}
        onExportCsv={() => {
          if (!state.verdict) return;
          download(fixListCsv(state.verdict), reportFileName(state.roleName, new Date(), 'csv'), 'text/csv');
          setStatus('CSV exported.');
        }}
        onApply={() => checker.apply()}
        onUndo={() => checker.undo()}
        onRefreshServer={() => checker.refreshServer()}
        onSaveSnapshot={() => {
          const now = new Date();
          download(
            scrubbedSnapshot(screen, now, reader, state.diagnosis),
            snapshotFileName(screen.location.host, now),
            'text/html',
          );
          setStatus('Snapshot saved.');
        }}
      />
    </div>
  );
}
