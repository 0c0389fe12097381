import { keyedRecord } from '../extension/keyed-record';
import { type ReadinessInput, type ReadinessValues, readinessValuesSchema } from './schemas';

/**
 * Runs in: the options page (read, write) and the background (forget, when a connection is
 * deleted). The admin's picks in a connection's Readiness panel (board, company types and
 * statuses…), one entry per connection holding each group's values, so the panel opens as it
 * was left. Only what an admin picks or types as a plain value is kept: a `secret` input (a
 * registration code) and multi-line pastes (an invitation email carries the code) never are.
 */
export const readinessPicks = keyedRecord('readiness.picks');

const remembered = (input: ReadinessInput) =>
  input.control === 'choice' || (!input.secret && !input.multiline);

/** The values worth keeping, of the group's own inputs only. */
export function picksToRemember(inputs: readonly ReadinessInput[], values: ReadinessValues): ReadinessValues {
  const kept: ReadinessValues = {};
  for (const input of inputs) {
    const value = values[input.id];
    if (remembered(input) && value !== undefined) kept[input.id] = value;
  }
  return kept;
}

function groupsOf(stored: unknown): Record<string, unknown> {
  return typeof stored === 'object' && stored !== null && !Array.isArray(stored)
    ? (stored as Record<string, unknown>)
    : {};
}

/** A group's remembered values; a damaged entry reads as none. */
export async function loadPicks(
  connectionId: string,
  groupId: string,
  inputs: readonly ReadinessInput[],
): Promise<ReadinessValues> {
  const parsed = readinessValuesSchema.safeParse(groupsOf(await readinessPicks.read(connectionId))[groupId]);
  return parsed.success ? picksToRemember(inputs, parsed.data) : {};
}

export async function savePicks(
  connectionId: string,
  groupId: string,
  inputs: readonly ReadinessInput[],
  values: ReadinessValues,
): Promise<void> {
  const groups = groupsOf(await readinessPicks.read(connectionId));
  await readinessPicks.write(connectionId, { ...groups, [groupId]: picksToRemember(inputs, values) });
}

export const forgetPicks = (connectionId: string): Promise<void> => readinessPicks.forget(connectionId);
