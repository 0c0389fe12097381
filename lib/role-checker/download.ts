/**
 * Saves text as a file from a content script: a Blob URL clicked through a temporary link, which
 * the browser treats as a download of the page's own origin (no `downloads` permission). The
 * link goes inside our own overlay, so the portal's DOM watchers and click handlers never see it;
 * its click is marked as ours, as the overlay only lets a person's events through otherwise.
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
