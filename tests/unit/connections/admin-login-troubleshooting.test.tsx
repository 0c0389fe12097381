import { describe, expect, it } from 'vitest';
import { TestResult } from '../../../components/connections/TestResult';
import { VendorError } from '../../../lib/vendors/http';
import { WG_ENDPOINTS } from '../../../lib/vendors/watchguard/errors';
import { mount } from '../mapping/render';

function failed(init: Partial<ConstructorParameters<typeof VendorError>[0]>) {
  const error = new VendorError({
    kind: 'auth',
    vendor: 'watchguard',
    message: 'WatchGuard Cloud did not accept the Access ID and Access Password.',
    nextStep: 'Retype the password.',
    ...init,
  });
  return mount(
    <TestResult
      outcome={{ state: 'done', result: { ok: false, vendor: 'watchguard', error: error.toJSON() } }}
    />,
  );
}

describe('TestResult: WatchGuard Administrator Login troubleshooting', () => {
  it('shows the matching steps, in order, with the API evidence and the source', () => {
    const { root } = failed({ status: 401, endpoint: WG_ENDPOINTS.token, apiCode: 'invalid_client' });
    const block = root.querySelector('[data-testid="admin-login-troubleshooting"]');
    const steps = [...(block?.querySelectorAll('li') ?? [])].map((li) => li.getAttribute('data-step'));
    expect(steps).toEqual(['access-id-account', 'access-id-enabled']);
    expect(block?.textContent).toContain('Step 2: ');
    expect(root.querySelector('[data-testid="admin-login-evidence"]')?.textContent).toContain(
      'HTTP status 401 · Call: POST /oauth/token · Error code: invalid_client',
    );
    expect(block?.querySelector('a')?.getAttribute('href')).toMatch(/^https:\/\/www\.watchguard\.com\//);
  });

  it('shows nothing for a failure the list does not cover, nor for other vendors', () => {
    expect(
      failed({ kind: 'network' }).root.querySelector('[data-testid="admin-login-troubleshooting"]'),
    ).toBeNull();
    const other = new VendorError({
      kind: 'auth',
      vendor: 'cw-rmm',
      status: 401,
      message: 'm',
      nextStep: 'n',
    });
    const { root } = mount(
      <TestResult
        outcome={{ state: 'done', result: { ok: false, vendor: 'cw-rmm', error: other.toJSON() } }}
      />,
    );
    expect(root.querySelector('[data-testid="admin-login-troubleshooting"]')).toBeNull();
  });
});
