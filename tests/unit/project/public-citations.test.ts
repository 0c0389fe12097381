import { describe, expect, it } from 'vitest';
import { catalogue, requiredRole, requiredRoleToJson, SOURCES } from '@/lib/permissions';
import { REGION_SOURCES } from '@/lib/regions/catalogue';
import { AUTOMATE_ENDPOINT_PERMISSIONS } from '@/lib/vendors/cw-automate/endpoint-permissions';
import { MANAGE_ENDPOINT_PERMISSIONS } from '@/lib/vendors/cw-manage/endpoint-permissions';

/**
 * What users see cites vendors' public pages, never the file names of our own copies of them
 * (shared/seeds/NNN): a support ticket or an exported role must point somewhere a reader can open.
 */
const INTERNAL_COPY = /seeds\/\d{3}/;

describe('citations users see', () => {
  it('the five documents the product started from are cited by their public address and read date', () => {
    for (const key of ['watchguardRmm', 'watchguardPsa', 'threatlocker', 'ninjaone', 'rewst'] as const) {
      const source = SOURCES[key];
      expect(source.url, key).toMatch(/^https:\/\//);
      expect(source.document, key).toBe(source.url);
      expect(source.readOn, key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('no profile, row, export, region fact or 403 hint names an internal copy', () => {
    const texts = [
      JSON.stringify(catalogue),
      requiredRoleToJson(
        requiredRole(
          catalogue.filter((profile) => profile.product === 'manage').map((profile) => profile.id),
        ),
      ),
      ...Object.values(REGION_SOURCES),
      ...MANAGE_ENDPOINT_PERMISSIONS.map((entry) => entry.source),
      ...AUTOMATE_ENDPOINT_PERMISSIONS.map((entry) => entry.source),
    ];
    for (const text of texts) expect(text).not.toMatch(INTERNAL_COPY);
  });
});
