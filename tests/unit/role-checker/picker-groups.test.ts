import { describe, expect, it } from 'vitest';
import { integrationOptions } from '@/lib/role-checker/integrations';
import { withRecentPicks } from '@/lib/role-checker/page/preferences';
import { pickerGroups } from '@/lib/role-checker/picker-groups';

const manage = integrationOptions('manage');

describe('integration picker layout', () => {
  it('groups the whole Manage catalogue by kind, each integration once', () => {
    const groups = pickerGroups(manage, '');
    expect(manage.length).toBeGreaterThanOrEqual(20);
    expect(
      groups
        .flatMap((group) => group.options)
        .map((option) => option.id)
        .sort(),
    ).toEqual(manage.map((option) => option.id).sort());
    expect(groups.map((group) => group.label)).toEqual(
      expect.arrayContaining(['RMM', 'Backup', 'Documentation', 'Security', 'Quoting']),
    );
    expect(groups.find((group) => group.id === 'rmm')?.options.map((option) => option.id)).toEqual(
      expect.arrayContaining(['ninjaone-psa', 'datto-rmm-psa', 'n-central-psa']),
    );
  });

  it('filters by name, vendor or kind, all words having to match', () => {
    const ids = (filter: string) =>
      pickerGroups(manage, filter).flatMap((group) => group.options.map((o) => o.id));
    expect(ids('hudu')).toEqual(['hudu-psa']);
    expect(ids('n-able')).toEqual(expect.arrayContaining(['n-central-psa', 'n-sight-psa', 'passportal-psa']));
    expect(ids('backup datto')).toEqual(['datto-partner-portal-psa']);
    expect(ids('  QUOTING ')).toEqual(expect.arrayContaining(['kaseya-quote-manager-psa', 'quotewerks-psa']));
    expect(ids('no such vendor')).toEqual([]);
  });

  it("lists the site's recent picks first and not again in their kind's group", () => {
    const groups = pickerGroups(manage, '', ['hudu-psa', 'gone-profile', 'ninjaone-psa']);
    expect(groups[0]).toMatchObject({ id: 'recent', label: 'Recent on this site' });
    expect(groups[0]!.options.map((option) => option.id)).toEqual(['hudu-psa', 'ninjaone-psa']);
    expect(groups.find((group) => group.id === 'rmm')?.options.some((o) => o.id === 'ninjaone-psa')).toBe(
      false,
    );
    // A filter applies to the recent group too.
    expect(pickerGroups(manage, 'ninja', ['hudu-psa', 'ninjaone-psa'])[0]!.options.map((o) => o.id)).toEqual([
      'ninjaone-psa',
    ]);
  });

  it('marks cut-off sources and Admin-recommending vendors on the option', () => {
    const byId = new Map(manage.map((option) => [option.id, option]));
    expect(byId.get('huntress-psa')).toMatchObject({ partial: true, kind: 'security' });
    expect(byId.get('threatlocker-psa')).toMatchObject({ adminRecommended: true });
    expect(byId.get('hudu-psa')).toMatchObject({ partial: false, adminRecommended: false });
  });

  it('remembers newly ticked integrations first, up to a few', () => {
    const before = { profiles: ['hudu-psa'], mode: 'minimum' as const, recent: ['hudu-psa', 'ninjaone-psa'] };
    expect(withRecentPicks(before, ['hudu-psa', 'datto-rmm-psa'])).toEqual([
      'datto-rmm-psa',
      'hudu-psa',
      'ninjaone-psa',
    ]);
    const many = manage.slice(0, 10).map((option) => option.id);
    expect(withRecentPicks({ profiles: [], mode: 'minimum' }, many)).toHaveLength(6);
  });
});
