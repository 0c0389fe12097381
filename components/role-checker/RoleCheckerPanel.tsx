import type { AuditMode } from '@/lib/permissions/types';
import { featureChoices } from '@/lib/role-checker/integration-options';
import type { CheckerState } from '@/lib/role-checker/page/checker';
import { AppliedChanges } from './AppliedChanges';
import { ByHandChanges } from './ByHandChanges';
import { FeaturePicker } from './FeaturePicker';
import { type IntegrationOption, IntegrationPicker } from './IntegrationPicker';
import { ModePicker } from './ModePicker';
import { ServerComparisonView } from './ServerComparisonView';
import { UnrecognisedNotice } from './UnrecognisedNotice';
import { VerdictSummary } from './VerdictSummary';

export interface RoleCheckerPanelProps {
  state: CheckerState;
  integrations: readonly IntegrationOption[];
  /** Feedback on the last button pressed ("Fix list copied"). */
  status: string | null;
  onProfilesChange: (profiles: string[]) => void;
  onModeChange: (mode: AuditMode) => void;
  onFeaturesChange: (features: string[]) => void;
  onNextProblem: () => void;
  onCopyFixList: () => void;
  onExportCsv: () => void;
  onApply: () => void;
  onUndo: () => void;
  onSaveSnapshot: () => void;
  /** Reads the role from the server again (after it was saved in ConnectWise). */
  onRefreshServer: () => void;
}

/** The role checker's part of the overlay. */
export function RoleCheckerPanel(props: RoleCheckerPanelProps) {
  const { state } = props;
  return (
    <section class="mpc-rc" aria-label="Security role check">
      <h3 class="mpc-rc__title">
        Security role check
        {state.roleName && <span class="mpc-rc__role">: {state.roleName}</span>}
      </h3>
      <Body {...props} />
      {props.status && (
        <p class="mpc-rc__status" role="status">
          {props.status}
        </p>
      )}
    </section>
  );
}

function Body(props: RoleCheckerPanelProps) {
  const { state } = props;
  switch (state.phase) {
    case 'starting':
    case 'reading':
      return (
        <p class="mpc-rc__muted" role="status">
          Reading the role… (the page is still loading)
        </p>
      );
    case 'unrecognised':
      return <UnrecognisedNotice reason={state.message} onSaveSnapshot={props.onSaveSnapshot} />;
    default:
      return <Checked {...props} />;
  }
}

function Checked(props: RoleCheckerPanelProps) {
  const { state } = props;
  const { verdict, preferences } = state;
  const hasProblem = !!verdict && [...verdict.rows.values()].some((row) => row.status !== 'ok');
  return (
    <>
      <IntegrationPicker
        options={props.integrations}
        selected={preferences.profiles}
        recent={preferences.recent}
        onChange={props.onProfilesChange}
      />
      <FeaturePicker
        features={featureChoices(props.integrations, preferences.profiles)}
        on={preferences.features ?? []}
        onChange={props.onFeaturesChange}
      />
      <ModePicker mode={preferences.mode} onChange={props.onModeChange} />
      {state.phase === 'error' ? (
        <p class="mpc-rc__note" role="alert">
          {state.message}
        </p>
      ) : state.rows.length === 0 ? (
        <p class="mpc-rc__note" role="status">
          No function rows are shown
          {state.modules.length > 0 ? ': expand the modules to check this role.' : '.'}
        </p>
      ) : preferences.profiles.length === 0 ? (
        <p class="mpc-rc__note" role="status">
          Pick the integrations this role is for.
        </p>
      ) : (
        verdict && <VerdictSummary verdict={verdict} />
      )}
      {verdict && (
        <div class="mpc-rc__actions">
          <button
            type="button"
            class="mpc-panel__button"
            disabled={!hasProblem}
            onClick={props.onNextProblem}
          >
            Next problem
          </button>
          <button type="button" class="mpc-panel__button" onClick={props.onCopyFixList}>
            Copy fix list
          </button>
          <button type="button" class="mpc-panel__button" onClick={props.onExportCsv}>
            Export CSV
          </button>
          <button
            type="button"
            class="mpc-panel__button"
            disabled={state.applicable === 0}
            onClick={props.onApply}
            title="Sets the page's drop-downs; you review and save the role."
          >
            Apply required levels{state.applicable > 0 ? ` (${state.applicable})` : ''}
          </button>
        </div>
      )}
      <ByHandChanges changes={state.byHand} />
      <AppliedChanges changes={state.applied} onUndo={props.onUndo} />
      {/* With no row shown there is nothing to compare: "matches" would be a false claim. */}
      {state.rows.length > 0 && (
        <ServerComparisonView
          server={state.server}
          partial={state.modules.some((module) => module.expanded === false)}
          onRefresh={props.onRefreshServer}
        />
      )}
      {state.customizeProblem && (
        <p class="mpc-rc__note" role="status">
          {state.customizeProblem}
        </p>
      )}
      {state.notice && (
        <p class="mpc-rc__muted" role="status">
          {state.notice}
        </p>
      )}
    </>
  );
}
