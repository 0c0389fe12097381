import { describe, expect, it } from 'vitest';
import {
  describeCounts,
  describeInterval,
  describeProgress,
  formatWhen,
  nounOf,
} from '@/components/sync/format';
import { EMPTY_COUNTS } from '@/lib/db/records';
import type { RunSummary } from '@/lib/sync/events';

const now = new Date('2025-03-10T12:00:00.000Z');

describe('sync panel wording', () => {
  it('says when, relative to now', () => {
    expect(formatWhen('2025-03-10T11:59:40.000Z', now)).toBe('just now');
    expect(formatWhen('2025-03-10T11:55:00.000Z', now)).toBe('5 min ago');
    expect(formatWhen('2025-03-10T09:00:00.000Z', now)).toBe('3 h ago');
    expect(formatWhen('2025-03-09T10:00:00.000Z', now)).toBe('yesterday');
    expect(formatWhen('2025-02-01T10:00:00.000Z', now)).toBe('Feb 1, 2025');
  });

  it('lists only the changes that happened, with thousands separators', () => {
    expect(describeCounts({ ...EMPTY_COUNTS, records: 1204, added: 3, removed: 2 }, ['company'])).toBe(
      '1,204 companies · 3 added · 2 removed',
    );
    expect(describeCounts(EMPTY_COUNTS, [])).toBe('0 records');
    expect(nounOf(['company', 'site'])).toBe('companies and sites');
  });

  it('describes each phase of a live run', () => {
    const run = {
      phase: 'fetching',
      kinds: ['account'],
      counts: { ...EMPTY_COUNTS, pages: 3, records: 1500 },
    } as RunSummary;
    expect(describeProgress(run)).toBe('Reading accounts: page 3, 1,500 so far');
    expect(describeProgress({ ...run, counts: EMPTY_COUNTS })).toBe('Reading accounts…');
    expect(describeProgress({ ...run, phase: 'removing' })).toBe('Checking for removed accounts…');
  });

  it('names intervals the way the settings offer them', () => {
    expect(describeInterval(null)).toBe('Not scheduled');
    expect(describeInterval(1440)).toBe('Daily');
    expect(describeInterval(60)).toBe('Every hour');
    expect(describeInterval(360)).toBe('Every 6 hours');
    expect(describeInterval(90)).toBe('Every 90 minutes');
  });
});
