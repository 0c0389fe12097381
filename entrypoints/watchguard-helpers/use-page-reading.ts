import { useEffect, useState } from 'preact/hooks';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Page changes come in bursts (a screen renders in steps): read once the burst settles. */
const SETTLE_MS = 150;

/**
 * The latest reading of a single-page portal: re-read after DOM changes and in-app navigation.
 * `same` keeps the previous reading when nothing that matters changed, so our own inline
 * messages (which change the DOM too) do not cause another render.
 */
export function usePageReading<T>(
  ctx: ContentScriptContext,
  read: () => T,
  same: (previous: T, next: T) => boolean,
): T {
  const [reading, setReading] = useState(read);
  useEffect(() => {
    let pending: number | undefined;
    const reread = () => {
      if (pending !== undefined) return;
      pending = ctx.setTimeout(() => {
        pending = undefined;
        const next = read();
        setReading((previous) => (same(previous, next) ? previous : next));
      }, SETTLE_MS);
    };
    const observer = new MutationObserver(reread);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    ctx.addEventListener(window, 'wxt:locationchange', reread);
    return () => {
      observer.disconnect();
      if (pending !== undefined) clearTimeout(pending);
    };
  }, []);
  return reading;
}
