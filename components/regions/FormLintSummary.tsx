export interface FormLintSummaryProps {
  regionLabel: string;
  fieldCount: number;
  errorCount: number;
  warningCount: number;
}

/** The overlay's line on a connection form: what is checked and how many problems there are. */
export function FormLintSummary({ regionLabel, fieldCount, errorCount, warningCount }: FormLintSummaryProps) {
  const problems = errorCount + warningCount;
  return (
    <div class="mpc-region" data-testid="form-lint">
      <p class="mpc-region__title">
        <span class="mpc-region__vendor">Connection form check</span>
        <span class="mpc-region__chip">Region: {regionLabel}</span>
      </p>
      <p>
        Checking {fieldCount} {fieldCount === 1 ? 'field' : 'fields'} as you type or paste.{' '}
        <span role="status">
          {problems === 0
            ? 'No problems found.'
            : `${problems} ${problems === 1 ? 'problem' : 'problems'}: see the messages under the fields.`}
        </span>
      </p>
    </div>
  );
}
