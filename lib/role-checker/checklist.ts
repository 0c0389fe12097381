import { z } from 'zod';
import { keyedRecord } from '../extension/keyed-record';

/**
 * The ticks an admin puts on manual checks (what an API cannot show, e.g. Automate client-level
 * permissions) after looking in the vendor's console, kept per audited role or user class.
 */

export const auditChecklists = keyedRecord('roleChecker.checklists');

const ticksSchema = z.record(z.string(), z.boolean());
export type ChecklistTicks = z.infer<typeof ticksSchema>;

/** One checklist per connection and audited role or user class. */
export function checklistKey(connectionId: string, target: 'role' | 'user-class', id: number): string {
  return `${connectionId}/${target}/${id}`;
}

/** The saved ticks; a damaged record reads as no ticks. */
export async function loadTicks(key: string): Promise<ChecklistTicks> {
  const parsed = ticksSchema.safeParse(await auditChecklists.read(key));
  return parsed.success ? parsed.data : {};
}

export async function saveTick(key: string, checkId: string, ticked: boolean): Promise<ChecklistTicks> {
  const ticks = { ...(await loadTicks(key)), [checkId]: ticked };
  if (!ticked) delete ticks[checkId];
  await auditChecklists.write(key, ticks);
  return ticks;
}
