import { describe, expect, it } from 'vitest';
import { requiredRole } from '@/lib/permissions';

describe('requiredRole', () => {
  it('takes, per function and action, the highest level any profile needs, with who needs it', () => {
    const role = requiredRole(['watchguard-cloud-psa', 'ninjaone-psa', 'threatlocker-psa']);
    const configurations = role.functions.find((entry) => entry.function === 'Configurations');
    expect(configurations?.levels).toEqual({
      add: {
        level: 'All',
        profiles: ['watchguard-cloud-psa', 'ninjaone-psa', 'threatlocker-psa'],
        inferred: false,
      },
      edit: {
        level: 'All',
        profiles: ['watchguard-cloud-psa', 'ninjaone-psa', 'threatlocker-psa'],
        inferred: false,
      },
      delete: { level: 'All', profiles: ['watchguard-cloud-psa'], inferred: false },
      inquire: {
        level: 'All',
        profiles: ['watchguard-cloud-psa', 'ninjaone-psa', 'threatlocker-psa'],
        inferred: false,
      },
    });
    const contacts = role.functions.find((entry) => entry.function === 'Contacts');
    expect(contacts?.levels.add).toEqual({ level: 'All', profiles: ['ninjaone-psa'], inferred: false });
    expect(contacts?.levels.delete).toEqual({ level: 'None', profiles: [], inferred: false });
  });

  it('lists each needed function once, in module order, and only those', () => {
    const role = requiredRole(['ninjaone-psa']);
    expect(role.functions.map((entry) => `${entry.module} > ${entry.function}`)).toEqual([
      'Companies > Company Maintenance',
      'Companies > Configurations',
      'Companies > Contacts',
      'Finance > Agreements',
      'Procurement > Product Catalog',
      'Procurement > Products',
      'Service Desk > Close Service Tickets',
      'Service Desk > Service Tickets',
      'Service Desk > SLA Dashboard',
      'System > Table Setup',
    ]);
  });

  it('marks levels only ThreatLocker’s inferred rows need as inferred', () => {
    const role = requiredRole(['ninjaone-psa', 'threatlocker-psa']);
    const agreements = role.functions.find((entry) => entry.function === 'Agreements');
    expect(agreements?.levels.edit).toMatchObject({
      profiles: ['ninjaone-psa', 'threatlocker-psa'],
      inferred: false,
    });
    const alone = requiredRole(['threatlocker-psa']).functions.find(
      (entry) => entry.function === 'Agreements',
    );
    expect(alone?.levels.edit).toEqual({ level: 'All', profiles: ['threatlocker-psa'], inferred: true });
  });

  it('carries the manual checks of the selected profiles and the catalogue version', () => {
    const role = requiredRole(['ninjaone-psa']);
    expect(role.manualChecks).toHaveLength(2);
    expect(role.catalogueVersion).toMatch(/\d/);
    expect(role.profiles).toEqual(['ninjaone-psa']);
  });

  it('does not depend on the order profiles are given in', () => {
    expect(requiredRole(['threatlocker-psa', 'watchguard-cloud-psa'])).toEqual(
      requiredRole(['watchguard-cloud-psa', 'threatlocker-psa', 'watchguard-cloud-psa']),
    );
  });
});
