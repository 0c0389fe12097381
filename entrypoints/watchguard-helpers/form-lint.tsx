import { useEffect, useRef, useState } from 'preact/hooks';
import { FormLintSummary } from '@/components/regions/FormLintSummary';
import { callBackground } from '@/lib/extension/messaging';
import { commands } from '@/lib/messaging';
import {
  type FormField,
  type KnownAccessIds,
  type LintFinding,
  lintForm,
  WATCHGUARD_REGIONS,
  type WatchGuardRegion,
} from '@/lib/regions';
import { useInlineFindings } from './inline-findings';

export interface FormLintProps {
  /** The content script's style sheet, for the messages under each box. */
  stylesheet: string;
  region: WatchGuardRegion;
  fields: FormField[];
}

/** Lints an integration form's boxes as the person types or pastes; messages go under each box. */
export function FormLint({ stylesheet, region, fields }: FormLintProps) {
  const [known, setKnown] = useState<KnownAccessIds[]>([]);
  const [findings, setFindings] = useState<LintFinding[][]>([]);
  // Boxes the person has typed in or left: only those get an "empty" message.
  const touched = useRef(new WeakSet<Element>());

  useEffect(() => {
    callBackground(commands.listKnownAccessIds, {}).then((result) => {
      if (result.ok) setKnown(result.data.accessIds);
    });
  }, []);

  useEffect(() => {
    const lint = () =>
      setFindings(
        lintForm(
          fields.map(({ element, vendor, field }) => ({
            vendor,
            field,
            value: element.value,
            touched: touched.current.has(element),
          })),
          { watchGuardRegion: region, knownAccessIds: known },
        ),
      );
    const listening = new AbortController();
    for (const { element } of fields) {
      const onChange = () => {
        touched.current.add(element);
        lint();
      };
      for (const type of ['input', 'change', 'blur'])
        element.addEventListener(type, onChange, { signal: listening.signal });
    }
    lint();
    return () => listening.abort();
  }, [fields, known, region]);

  useInlineFindings(stylesheet, fields, findings);
  const all = findings.flat();
  return (
    <FormLintSummary
      regionLabel={WATCHGUARD_REGIONS[region].label}
      fieldCount={fields.length}
      errorCount={all.filter((finding) => finding.severity === 'error').length}
      warningCount={all.filter((finding) => finding.severity === 'warning').length}
    />
  );
}
