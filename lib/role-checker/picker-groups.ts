import { normaliseName } from '../permissions/normalise';
import { KIND_LABELS } from './integration-kinds';
import type { IntegrationOption } from './integration-options';

/**
 * How the integration picker lays out 30+ integrations: a filter over name, vendor and kind,
 * the site's recent choices first, then one group per kind. Pure, so it is tested without a DOM;
 * an option appears once (a recent one is not repeated in its kind's group).
 * Runs in: the role checker's page chunk and extension pages.
 */
export interface PickerGroup {
  id: string;
  label: string;
  options: IntegrationOption[];
}

function matches(option: IntegrationOption, words: readonly string[]): boolean {
  const text = normaliseName(`${option.name} ${option.vendor} ${KIND_LABELS[option.kind]} ${option.id}`);
  return words.every((word) => text.includes(word));
}

export function pickerGroups(
  options: readonly IntegrationOption[],
  filter: string,
  recent: readonly string[] = [],
): PickerGroup[] {
  const words = normaliseName(filter).split(' ').filter(Boolean);
  const shown = options.filter((option) => matches(option, words));
  const byId = new Map(shown.map((option) => [option.id, option]));
  const recentOptions = recent.flatMap((id) => byId.get(id) ?? []);
  const recentIds = new Set(recentOptions.map((option) => option.id));
  const groups: PickerGroup[] = [];
  if (recentOptions.length > 0)
    groups.push({ id: 'recent', label: 'Recent on this site', options: recentOptions });
  for (const kind of Object.keys(KIND_LABELS) as (keyof typeof KIND_LABELS)[]) {
    const inKind = shown.filter((option) => option.kind === kind && !recentIds.has(option.id));
    if (inKind.length > 0) groups.push({ id: kind, label: KIND_LABELS[kind], options: inKind });
  }
  return groups;
}
