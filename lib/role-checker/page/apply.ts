import { ACTION_LABELS, type Action, type Level } from '../../permissions/levels';
import type { PageRow } from './page-adapter';
import type { RoleReader } from './reader-api';
import type { PageVerdict } from './verdict';

/**
 * "Apply required levels": sets the page's own drop-downs the way a person would (the page's
 * handlers see input and change events) and never saves; the admin reviews and saves. Every
 * change keeps the label it replaced, so it can be undone.
 */

/** The reader's hold on the page's drop-downs (reader-api.ts). */
export type LevelControls = Pick<RoleReader, 'canSetControl' | 'readControlLabel' | 'setControl'>;

export interface LevelChange {
  module: string;
  function: string;
  action: Action;
  /** The label the drop-down showed before. */
  from: string;
  to: Level;
  control: HTMLElement;
}

/** A level the admin must change by hand: its control is the page's own widget, or lacks the option. */
export interface HandChange {
  module: string;
  function: string;
  action: Action;
  to: Level;
}

export interface ApplyPlan {
  changes: LevelChange[];
  /** Failing rows whose control we can read but not set (a toolkit's widget, a missing option). */
  skipped: HandChange[];
}

/** "Companies › Reports: Delete → All" */
export function handChangeText(change: HandChange): string {
  return `${change.module} › ${change.function}: ${ACTION_LABELS[change.action]} → ${change.to}`;
}

/**
 * The changes that make the page meet the verdict: missing rights raised to the required level
 * and, in least-privilege mode, excess ones lowered to the least level the integrations need
 * (None where none of them needs the right).
 */
export function planApply(
  verdict: PageVerdict,
  rows: readonly PageRow[],
  { canSetControl, readControlLabel }: LevelControls,
): ApplyPlan {
  const plan: ApplyPlan = { changes: [], skipped: [] };
  const byKey = new Map(rows.map((row) => [row.key, row]));
  for (const [key, rowVerdict] of verdict.rows) {
    const row = byKey.get(key);
    if (!row) continue;
    for (const finding of rowVerdict.findings) {
      if (finding.status === 'ok') continue;
      const control = row.cells[finding.action].control;
      const target = {
        module: row.module,
        function: row.function,
        action: finding.action,
        to: finding.required,
      };
      if (canSetControl(control, finding.required)) {
        plan.changes.push({ ...target, from: readControlLabel(control), control });
      } else {
        plan.skipped.push(target);
      }
    }
  }
  return plan;
}

/** Applies the plan; returns the changes that took effect, in order. */
export function applyChanges(changes: readonly LevelChange[], { setControl }: LevelControls): LevelChange[] {
  return changes.filter((change) => change.control.isConnected && setControl(change.control, change.to));
}

/**
 * Puts back what `applyChanges` replaced, newest first. A drop-down the page has since removed
 * (re-rendered) cannot be restored; those are returned so the overlay can say so.
 */
export function undoChanges(
  applied: readonly LevelChange[],
  { setControl }: LevelControls,
): {
  undone: LevelChange[];
  failed: LevelChange[];
} {
  const undone: LevelChange[] = [];
  const failed: LevelChange[] = [];
  for (const change of [...applied].reverse()) {
    const restored = change.control.isConnected && setControl(change.control, { label: change.from });
    (restored ? undone : failed).push(change);
  }
  return { undone, failed };
}
