import type { CheckResult, ManualCheck } from '../permissions/types';
import type { CustomizeReading } from './page/customize-dialog';

/**
 * Runs in: anywhere (pure). Settles a manual check that names a Customize list (its `customize`
 * expectation) from what the function's Customize dialog showed. An entry on the expected side
 * passes, on the other side fails; one the dialog does not list, or lists on both sides, stays
 * unknown: never a pass by default.
 */

/** Names compare without case, spacing or the spacing around "/": "Contacts/Communication Type". */
export function customizeEntryKey(entry: string): string {
  return entry
    .toLowerCase()
    .replace(/\s*\/\s*/g, ' / ')
    .replace(/\s+/g, ' ')
    .trim();
}

const SIDE = { allow: 'allowed', disallow: 'disallowed' } as const;

export function settleCustomizeCheck(check: ManualCheck, reading: CustomizeReading): CheckResult {
  const expected = check.customize;
  if (!expected) throw new Error(`Check ${check.id} names no Customize list`);
  const allowed = new Set(reading.allow.map(customizeEntryKey));
  const disallowed = new Set(reading.disallow.map(customizeEntryKey));
  const wrong: string[] = [];
  const unread: string[] = [];
  for (const entry of expected.entries) {
    const key = customizeEntryKey(entry);
    const inAllow = allowed.has(key);
    const inDisallow = disallowed.has(key);
    const onExpected = expected.list === 'allow' ? inAllow : inDisallow;
    const onOther = expected.list === 'allow' ? inDisallow : inAllow;
    if (onExpected && !onOther) continue;
    (onOther && !onExpected ? wrong : unread).push(entry);
  }
  const quoted = (entries: string[]) => entries.map((entry) => `"${entry}"`).join(', ');
  const side = SIDE[expected.list];
  const other = SIDE[expected.list === 'allow' ? 'disallow' : 'allow'];
  const shown = `The dialog showed ${reading.allow.length} allowed and ${reading.disallow.length} disallowed entries.`;
  const base = { id: check.id, title: check.title, source: check.source };
  if (wrong.length > 0) {
    return {
      ...base,
      status: 'fail',
      detail: `${quoted(wrong)} ${wrong.length === 1 ? 'is' : 'are'} on the ${other} side: move ${wrong.length === 1 ? 'it' : 'them'} to "${expected.list === 'allow' ? 'Allow' : 'Disallow'} access to these", then save the dialog and the role.`,
    };
  }
  if (unread.length > 0) {
    return {
      ...base,
      status: 'unknown',
      detail: `${quoted(unread)} ${unread.length === 1 ? 'is' : 'are'} not on exactly one side of the dialog. ${shown} Check the name in the dialog.`,
    };
  }
  return {
    ...base,
    status: 'pass',
    detail: `${quoted(expected.entries)} ${expected.entries.length === 1 ? 'is' : 'are'} on the ${side} side, as the dialog last showed it (save the dialog and the role for it to hold).`,
  };
}
