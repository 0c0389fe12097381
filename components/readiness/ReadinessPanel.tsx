import type { SourceRef } from '@/lib/permissions/sources';
import type {
  ReadinessChoicesOutcome,
  ReadinessGroupInfo,
  ReadinessInput,
  ReadinessResult,
  ReadinessValues,
} from '@/lib/readiness/schemas';
import './readiness.css';

export type ReadinessRun =
  | { state: 'idle' }
  | { state: 'running' }
  | { state: 'done'; results: ReadinessResult[]; ranAt: string }
  | { state: 'refused'; message: string };

export interface ReadinessPanelProps {
  group: ReadinessGroupInfo;
  /** The `choice` inputs' lists by input id; absent while loading. */
  choices: Readonly<Record<string, ReadinessChoicesOutcome>> | null;
  values: ReadinessValues;
  run: ReadinessRun;
  onChange: (values: ReadinessValues) => void;
  onRun: () => void;
}

const STATUS_LABELS = { pass: 'Pass', fail: 'Fail', unknown: 'Unknown' } as const;

/** One readiness group of a connection: its inputs, then every check with status, evidence and source. */
export function ReadinessPanel(props: ReadinessPanelProps) {
  const { group, run } = props;
  const results = run.state === 'done' ? run.results : [];
  const headingId = `readiness-${group.id}`;
  return (
    <section class="mpc-readiness" aria-labelledby={headingId} data-readiness-group={group.id}>
      <h4 id={headingId}>{group.title}</h4>
      <p class="mpc-readiness__source">
        From <SourceLink source={group.source} />
      </p>
      {group.inputs.length > 0 && (
        <div class="mpc-readiness__inputs">
          {group.inputs.map((input) => (
            <InputControl key={input.id} input={input} {...props} />
          ))}
        </div>
      )}
      <button
        type="button"
        class="mpc-button--primary"
        onClick={props.onRun}
        disabled={run.state === 'running'}
      >
        {run.state === 'running' ? 'Checking…' : 'Run checks'}
      </button>
      {run.state === 'refused' && (
        <p class="mpc-status--error" role="alert">
          {run.message}
        </p>
      )}
      <ul class="mpc-readiness__checks" aria-label={`${group.title}: checks`}>
        {group.checks.map((check) => {
          const result = results.find((candidate) => candidate.id === check.id);
          const status = result?.status ?? 'unknown';
          return (
            <li
              key={check.id}
              class="mpc-readiness__check"
              data-check-id={check.id}
              data-status={result ? status : 'not-run'}
            >
              <span class={`mpc-readiness__status mpc-readiness__status--${status}`}>
                {result ? STATUS_LABELS[status] : 'Not run'}
              </span>
              <strong>{check.title}</strong>
              {(result?.inferred ?? check.inferred) && <span class="mpc-badge"> inferred</span>}
              {result && <p class="mpc-readiness__detail">{result.detail}</p>}
              {result?.evidence && result.evidence.length > 0 && (
                <ul class="mpc-readiness__evidence" aria-label="Evidence">
                  {result.evidence.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              )}
              {result?.nextStep && (
                <p class="mpc-test__next">
                  <strong>Next step:</strong> {result.nextStep}
                </p>
              )}
              <p class="mpc-readiness__source">
                Source: <SourceLink source={result?.source ?? check.source} />
              </p>
            </li>
          );
        })}
      </ul>
      {run.state === 'done' && (
        <p class="mpc-readiness__source">Checked {new Date(run.ranAt).toLocaleString()}.</p>
      )}
    </section>
  );
}

function SourceLink({ source }: { source: SourceRef }) {
  const text = `${source.vendor}: ${source.title}`;
  const dates = [source.published, source.readOn ? `read ${source.readOn}` : undefined]
    .filter(Boolean)
    .join('; ');
  return (
    <>
      {source.url ? (
        <a href={source.url} target="_blank" rel="noreferrer noopener">
          {text}
        </a>
      ) : (
        <span>{text}</span>
      )}
      {dates && ` (${dates})`}
    </>
  );
}

function InputControl({
  input,
  choices,
  values,
  onChange,
  group,
}: ReadinessPanelProps & { input: ReadinessInput }) {
  const id = `readiness-${group.id}-${input.id}`;
  const set = (value: string | string[]) => onChange({ ...values, [input.id]: value });
  const help = input.help && <small class="mpc-readiness__source">{input.help}</small>;
  if (input.control === 'text') {
    const value = typeof values[input.id] === 'string' ? (values[input.id] as string) : '';
    return (
      <div>
        <label for={id}>{input.label}</label>{' '}
        {input.multiline ? (
          <textarea
            id={id}
            rows={6}
            value={value}
            autoComplete="off"
            onInput={(event) => set(event.currentTarget.value)}
          />
        ) : (
          <input
            id={id}
            value={value}
            autoComplete="off"
            onInput={(event) => set(event.currentTarget.value)}
          />
        )}
        {help}
      </div>
    );
  }
  const outcome = choices?.[input.id];
  if (!outcome) return <p>{input.label}: loading…</p>;
  if (!outcome.ok) {
    return (
      <p class="mpc-status--error" role="alert" data-input-id={input.id}>
        {input.label}: {outcome.message}
        {outcome.nextStep && ` ${outcome.nextStep}`}
      </p>
    );
  }
  if (outcome.choices.length === 0) {
    return (
      <p class="mpc-status--error" data-input-id={input.id}>
        {input.label}: the server lists none.
      </p>
    );
  }
  const current = values[input.id];
  if (input.multiple) {
    const chosen = new Set(Array.isArray(current) ? current : current ? [current] : []);
    return (
      <fieldset data-input-id={input.id}>
        <legend>{input.label}</legend>
        {outcome.choices.map((choice) => (
          <label key={choice.value}>
            <input
              type="checkbox"
              checked={chosen.has(choice.value)}
              onChange={(event) => {
                const next = new Set(chosen);
                if (event.currentTarget.checked) next.add(choice.value);
                else next.delete(choice.value);
                set([...next]);
              }}
            />{' '}
            {choice.label}
          </label>
        ))}
        {help}
      </fieldset>
    );
  }
  return (
    <div>
      <label for={id}>{input.label}</label>{' '}
      <select
        id={id}
        value={typeof current === 'string' ? current : ''}
        onChange={(event) => set(event.currentTarget.value)}
      >
        <option value="">Choose…</option>
        {outcome.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      {help}
    </div>
  );
}
