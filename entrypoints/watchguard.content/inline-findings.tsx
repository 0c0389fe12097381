import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { FieldFindings } from '@/components/regions/FieldFindings';
import { acceptOnlyTrustedEvents } from '@/lib/overlay/trusted-events';
import type { FormField, LintFinding } from '@/lib/regions';

/** The custom element under a form box that holds its messages; the page adapter skips it. */
const HOST_TAG = 'mpc-field-lint';

interface InlineFindings {
  show(findings: readonly LintFinding[]): void;
  remove(): void;
}

/**
 * Keeps one message area under each form box, in its own shadow root (the portal's CSS cannot
 * restyle it), showing that box's findings.
 */
export function useInlineFindings(ctx: ContentScriptContext, fields: FormField[], findings: LintFinding[][]) {
  const areas = useRef(new Map<Element, InlineFindings>());

  useEffect(() => {
    const current = areas.current;
    for (const { element } of fields) {
      if (!current.has(element)) current.set(element, mountInlineFindings(ctx, element));
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

function mountInlineFindings(ctx: ContentScriptContext, anchor: Element): InlineFindings {
  let latest: readonly LintFinding[] = [];
  let root: HTMLElement | null = null;
  let removed = false;
  const draw = () => {
    if (root) render(<FieldFindings findings={latest} />, root);
  };
  const ui = createShadowRootUi(ctx, {
    name: HOST_TAG,
    position: 'inline',
    anchor,
    append: 'after',
    onMount(container, shadow) {
      acceptOnlyTrustedEvents(shadow);
      root = document.createElement('div');
      container.append(root);
      draw();
      return root;
    },
    onRemove(mounted) {
      if (mounted) render(null, mounted);
      root = null;
    },
  });
  ui.then((created) => {
    if (!removed) created.mount();
  });
  return {
    show(findings) {
      latest = findings;
      draw();
    },
    remove() {
      removed = true;
      ui.then((created) => created.remove());
    },
  };
}
