/**
 * Lints a whole connection form as the person fills it in: each vendor's fields together (so the
 * auth and API URLs are compared), findings handed back per box. Pure: the content script reads
 * the boxes and shows the findings.
 */
import type { RegionalVendor, WatchGuardRegion } from '../catalogue';
import { type KnownAccessIds, type LintFinding, lintConnection } from '../lint';

export interface FormBoxValue {
  vendor: RegionalVendor;
  field: string;
  value: string;
  /** The person has typed in, pasted into or left this box: an empty one is worth a message. */
  touched: boolean;
}

export interface FormLintOptions {
  /** The portal's own region: WatchGuard URLs in its forms must be of this region. */
  watchGuardRegion?: WatchGuardRegion;
  knownAccessIds?: readonly KnownAccessIds[];
}

/**
 * Findings per box, by index in `boxes`. An untouched empty box is not linted (a form is empty
 * before anyone types); a second box for the same vendor field is linted on its own.
 */
export function lintForm(boxes: readonly FormBoxValue[], options: FormLintOptions = {}): LintFinding[][] {
  const out: LintFinding[][] = boxes.map(() => []);
  const groups: { vendor: RegionalVendor; indexOf: Map<string, number> }[] = [];
  boxes.forEach((box, index) => {
    if (!box.touched && box.value === '') return;
    let group = groups.find((g) => g.vendor === box.vendor && !g.indexOf.has(box.field));
    if (!group) {
      group = { vendor: box.vendor, indexOf: new Map() };
      groups.push(group);
    }
    group.indexOf.set(box.field, index);
  });
  for (const { vendor, indexOf } of groups) {
    const fields = Object.fromEntries([...indexOf].map(([field, index]) => [field, boxes[index]!.value]));
    const findings = lintConnection(vendor, fields, {
      region: vendor === 'watchguard' ? options.watchGuardRegion : undefined,
      knownAccessIds: options.knownAccessIds,
    });
    for (const finding of findings) {
      const index = indexOf.get(finding.field);
      if (index !== undefined) out[index]!.push(finding);
    }
  }
  return out;
}
