/**
 * Saves text as a file, the one way every context does it: a Blob URL clicked through a
 * temporary link, which the browser treats as a download of the document's own origin (no
 * `downloads` permission). In a content script the link goes inside our own overlay, so the
 * portal's DOM watchers and click handlers never see it; extension pages pass their body.
 * Runs in: the content script and extension pages.
 */
import { dispatchOwnClick } from '../overlay/trusted-events';

export function downloadText(within: HTMLElement, text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = within.ownerDocument.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  within.append(link);
  try {
    dispatchOwnClick(link);
  } finally {
    link.remove();
    // The download has started from the click; the URL only has to outlive that.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
