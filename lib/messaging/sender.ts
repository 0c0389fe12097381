import { matchesAny, type Portal } from '../hosts';
import type { SenderContext } from './define-command';

/** The parts of `runtime.MessageSender` the check needs; plain data so it is testable. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export interface SenderPolicy {
  /** This extension's id: messages from any other extension are refused. */
  extensionId: string;
  /** This extension's origin, e.g. `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  extensionOrigin: string;
  /** Match patterns of the vendor pages our content scripts run on, per portal (cloud plus granted hosts). */
  contentScriptMatches: () => Readonly<Partial<Record<Portal, readonly string[]>>>;
}

/**
 * Decides where a message came from, or `null` when it is from nowhere we trust. A content
 * script is only recognised on a vendor host, so a compromised or unrelated page gets nothing.
 */
export function classifySender(sender: SenderInfo, policy: SenderPolicy): SenderContext | null {
  if (sender.id !== policy.extensionId || !sender.url) return null;
  const origin = originOf(sender.url);
  if (origin === policy.extensionOrigin) return 'extension-page';
  if (sender.tab && senderPortal(sender, policy)) return 'content-script';
  return null;
}

/** The vendor portal a content script's page belongs to, or null for any other page. */
export function senderPortal(sender: SenderInfo, policy: SenderPolicy): Portal | null {
  const url = sender.url;
  if (!url) return null;
  const byPortal = Object.entries(policy.contentScriptMatches()) as [Portal, readonly string[]][];
  return byPortal.find(([, patterns]) => matchesAny(url, patterns))?.[0] ?? null;
}

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    // `new URL('chrome-extension://abc/popup.html').origin` is "null" in some runtimes.
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}
