import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { FieldFindings } from '@/components/regions/FieldFindings';
import { createShadowHost } from '@/lib/overlay/mount-overlay';
import type { FormField, LintFinding } from '@/lib/regions';

/** The custom element under a form box that holds its messages; the page adapter skips it. */
const HOST_TAG = 'mpc-field-lint';

interface InlineFindings {
  show(findings: readonly LintFinding[]): void;
  remove(): void;
}

/**
 * Keeps one message area under each form box, in its own shadow root (the portal's CSS cannot
 * restyle it) with the content script's style sheet, showing that box's findings.
 */
export function useInlineFindings(stylesheet: string, fields: FormField[], findings: LintFinding[][]) {
  const areas = useRef(new Map<Element, InlineFindings>());

  useEffect(() => {
    const current = areas.current;
    for (const { element } of fields) {
      if (!current.has(element)) current.set(element, mountInlineFindings(stylesheet, element));
    }
    for (const [element, area] of current) {
      if (!fields.some((field) => field.element === element)) {
        area.remove();
        current.delete(element);
      }
    }
  }, [fields]);

  useEffect(() => {
    fields.forEach((field, index) => {
      areas.current.get(field.element)?.show(findings[index] ?? []);
    });
  }, [fields, findings]);

  useEffect(
    () => () => {
      for (const area of areas.current.values()) area.remove();
      areas.current.clear();
    },
    [],
  );
}

function mountInlineFindings(stylesheet: string, anchor: Element): InlineFindings {
  let latest: readonly LintFinding[] = [];
  let root: HTMLElement | null = null;
  let removed = false;
  const draw = () => {
    if (root) render(<FieldFindings findings={latest} />, root);
  };
  const mounted = createShadowHost(HOST_TAG, stylesheet).then((shadowHost) => {
    if (removed) return null;
    root = document.createElement('div');
    shadowHost.container.append(root);
    anchor.after(shadowHost.host);
    draw();
    return shadowHost;
  });
  return {
    show(findings) {
      latest = findings;
      draw();
    },
    remove() {
      removed = true;
      mounted.then((shadowHost) => {
        if (root) render(null, root);
        root = null;
        shadowHost?.host.remove();
      });
    },
  };
}
