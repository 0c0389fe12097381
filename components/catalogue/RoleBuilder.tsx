import { ACTIONS, type RequiredRole } from '@/lib/permissions';
import { type FeatureChoice, FeaturePicker } from '../role-checker/FeaturePicker';
import { type IntegrationOption, IntegrationPicker } from '../role-checker/IntegrationPicker';
import { LevelTableHead } from './LevelTableHead';

export type ExportFormat = 'markdown' | 'csv' | 'json';

export interface RoleBuilderProps {
  options: readonly IntegrationOption[];
  selected: readonly string[];
  onSelect: (selected: string[]) => void;
  /** The optional features the selected profiles offer, keyed "<profile>/<feature>". */
  features: readonly FeatureChoice[];
  featuresOn: readonly string[];
  onFeaturesChange: (featuresOn: string[]) => void;
  /** The least-privilege role for the selection, or null while nothing is selected. */
  role: RequiredRole | null;
  onExport: (format: ExportFormat) => void;
}

/** The least-privilege Manage role for any selection of integrations, with its exports. */
export function RoleBuilder(props: RoleBuilderProps) {
  const { role } = props;
  return (
    <section class="mpc-cat__builder" aria-label="Least-privilege role">
      <IntegrationPicker
        options={props.options}
        selected={props.selected}
        onChange={props.onSelect}
        legend="Integrations the API member serves"
        fieldsetClass="mpc-choice mpc-choice--wrap"
      />
      <FeaturePicker
        features={props.features}
        on={props.featuresOn}
        onChange={props.onFeaturesChange}
        fieldsetClass="mpc-choice mpc-choice--wrap"
      />
      {role ? (
        <>
          <p role="status">
            {role.functions.length} functions for {role.profiles.length} integration
            {role.profiles.length === 1 ? '' : 's'}; every other function None. Catalogue{' '}
            {role.catalogueVersion}.
          </p>
          <table class="mpc-cat__table" aria-label="Role to create">
            <LevelTableHead />
            <tbody>
              {role.functions.map((entry) => (
                <tr
                  key={`${entry.module}|${entry.function}`}
                  data-sensitive={entry.sensitive ? 'true' : undefined}
                >
                  <td>{entry.module}</td>
                  <td>
                    {entry.function}
                    {entry.sensitive && ' ⚠ reveals stored passwords'}
                  </td>
                  {ACTIONS.map((action) => (
                    <td key={action} title={entry.levels[action].profiles.join(', ')}>
                      {entry.levels[action].level}
                      {entry.levels[action].inferred && ' (inferred)'}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {role.manualChecks.length > 0 && (
            <>
              <h4>Also confirm by hand ({role.manualChecks.length})</h4>
              <ul>
                {role.manualChecks.map((check) => (
                  <li key={check.id}>{check.title}</li>
                ))}
              </ul>
            </>
          )}
          <div class="mpc-actions__buttons">
            <button type="button" onClick={() => props.onExport('markdown')}>
              Export Markdown
            </button>
            <button type="button" onClick={() => props.onExport('csv')}>
              Export CSV
            </button>
            <button type="button" onClick={() => props.onExport('json')}>
              Export JSON
            </button>
          </div>
        </>
      ) : (
        <p role="status">Pick integrations to see the role they need together.</p>
      )}
    </section>
  );
}
