import {
  ACTIONS,
  customizeCheck,
  findManageFunction,
  isSensitiveManageFunction,
  type Profile,
  type SourceRef,
} from '@/lib/permissions';
import { KIND_LABELS } from '@/lib/role-checker/integration-kinds';
import { LevelTableHead } from './LevelTableHead';

function SourceLine({ source }: { source: SourceRef }) {
  return (
    <p class="mpc-cat__source">
      Source:{' '}
      {source.url ? (
        <a href={source.url} target="_blank" rel="noreferrer noopener">
          {source.title}
        </a>
      ) : (
        `${source.title} (${source.document})`
      )}
      {source.published && <> · page: {source.published}</>}
      {source.readOn && <> · read {source.readOn}</>}
    </p>
  );
}

/** One integration of the catalogue: its table, source, dates, markers and optional features. */
export function ProfileCard({ profile }: { profile: Profile }) {
  const sensitive =
    profile.product === 'manage' &&
    profile.requirements.some((row) => isSensitiveManageFunction(row.module, row.function));
  const featureTitle = new Map(profile.optionalFeatures.map((feature) => [feature.id, feature.title]));
  return (
    <details class="mpc-cat__profile" data-profile={profile.id}>
      <summary>
        <strong>{profile.title}</strong> · {KIND_LABELS[profile.kind]} · revision {profile.revision} · checked{' '}
        {profile.checkedOn}
        {profile.partial && <span class="mpc-cat__mark"> partial</span>}
        {profile.adminRecommendation && <span class="mpc-cat__mark"> Admin advised</span>}
        {sensitive && <span class="mpc-cat__mark"> reveals passwords</span>}
      </summary>
      <SourceLine source={profile.source} />
      <p>{profile.strictnessNote}</p>
      {profile.partial && (
        <p class="mpc-cat__warning" role="note">
          Partial: the source shows rows up to {profile.partial.shownUpTo}; later rows are unknown.
          {profile.partial.note && ` ${profile.partial.note}`}
        </p>
      )}
      {profile.adminRecommendation && (
        <p class="mpc-cat__warning" role="note">
          Risk: {profile.adminRecommendation}
        </p>
      )}
      {profile.optionalFeatures.length > 0 && (
        <>
          <h4>Optional features (off unless switched on)</h4>
          <ul>
            {profile.optionalFeatures.map((feature) => (
              <li key={feature.id}>
                <strong>{feature.title}</strong>: {feature.detail}
              </li>
            ))}
          </ul>
        </>
      )}
      {profile.product === 'manage' && profile.requirements.length > 0 && (
        <table class="mpc-cat__table">
          <LevelTableHead extra={['Notes']} />
          <tbody>
            {profile.requirements.map((row, index) => {
              const known = findManageFunction(row.module, row.function);
              const spelled = known && known.function !== row.function ? ` (source: “${row.function}”)` : '';
              return (
                <tr key={`${row.module}|${row.function}|${row.feature ?? ''}|${index}`}>
                  <td>{known?.module ?? row.module}</td>
                  <td>
                    {known?.function ?? row.function}
                    {spelled}
                  </td>
                  {ACTIONS.map((action) => (
                    <td key={action}>{row[action] ?? '—'}</td>
                  ))}
                  <td>
                    {[
                      row.feature && `only with ${featureTitle.get(row.feature)}`,
                      row.inferred && `inferred: ${row.basis ?? row.note ?? ''}`,
                      !row.inferred && row.note,
                      isSensitiveManageFunction(row.module, row.function) &&
                        'sensitive: reveals stored passwords',
                    ]
                      .filter(Boolean)
                      .join('; ')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {profile.product === 'automate' && (
        <ul>
          {profile.requirements.map((row) => (
            <li key={`${row.scope}.${row.field}.${row.feature ?? ''}`}>
              {row.label} → <code>{`${row.scope}.${row.field}`}</code>
              {row.feature && ` (only with ${featureTitle.get(row.feature)})`}
              {row.inferred && ' (inferred)'}
              {row.field === 'ShowPasswords' && ' (sensitive: reveals stored passwords)'}
            </li>
          ))}
        </ul>
      )}
      {profile.product === 'rmm' && profile.scopes.length > 0 && (
        <ul>
          {profile.scopes.map((scope) => (
            <li key={scope.scope}>
              {scope.label} → <code>{scope.scope}</code>
            </li>
          ))}
        </ul>
      )}
      {(profile.customize.length > 0 || profile.manualChecks.length > 0) && (
        <>
          <h4>Checks a person confirms</h4>
          <ul>
            {profile.customize.map((list) => {
              const check = customizeCheck(profile, list);
              return (
                <li key={check.id}>
                  {check.title}
                  {list.feature && ` (only with ${featureTitle.get(list.feature)})`}
                </li>
              );
            })}
            {profile.manualChecks.map((check) => (
              <li key={check.id}>
                <strong>{check.title}</strong>: {check.detail}
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
