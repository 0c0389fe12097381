import { describe, expect, it } from 'vitest';
import { TestResult } from '../../../components/connections/TestResult';
import type { ConnectionTestResult } from '../../../lib/connections/schemas';
import { refusedTestNextStep } from '../../../lib/connections/test-refusal';
import { defaultErrorText, VendorError, vendorErrorKindSchema } from '../../../lib/vendors/http';
import { mount } from '../mapping/render';

const passed: ConnectionTestResult = {
  ok: true,
  vendor: 'watchguard',
  summary: 'Connected to WatchGuard Cloud (NA/Americas) as account WGC-1-123: 40 managed accounts.',
  facts: [
    { label: 'Managed accounts', value: '40' },
    { label: 'Access ID', value: 'read-write' },
  ],
  nextStep: 'Sync the managed accounts with Sync now in the toolbar popup.',
};

describe('TestResult', () => {
  it('shows labelled facts, never raw keys, and the next step of a passed test', () => {
    const { root } = mount(<TestResult outcome={{ state: 'done', result: passed }} />);
    const facts = [...root.querySelectorAll('dl > div')].map((row) => row.textContent);
    expect(facts).toEqual(['Managed accounts:40', 'Access ID:read-write']);
    expect(root.textContent).toContain('Next step: Sync the managed accounts');
    expect(root.textContent).not.toMatch(/managedAccounts|readOnlyAccessId|true|false/);
  });

  it('ends a vendor error with its next step', () => {
    const error = new VendorError({ kind: 'auth', vendor: 'cw-rmm', ...defaultErrorText('auth', 'cw-rmm') });
    const { root } = mount(
      <TestResult
        outcome={{ state: 'done', result: { ok: false, vendor: 'cw-rmm', error: error.toJSON() } }}
      />,
    );
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(`Next step: ${error.nextStep}`);
  });

  it('ends a refused test with its next step', () => {
    const { root } = mount(
      <TestResult outcome={{ state: 'refused', message: 'The vault is locked.', nextStep: 'Unlock it.' }} />,
    );
    expect(root.textContent).toBe('The vault is locked.Next step: Unlock it.');
  });
});

describe('next steps', () => {
  it('every vendor error kind has a next step in words, for every vendor', () => {
    for (const vendor of ['cw-manage', 'cw-automate', 'cw-rmm', 'watchguard'] as const) {
      for (const kind of vendorErrorKindSchema.options) {
        expect(defaultErrorText(kind, vendor).nextStep, `${vendor} ${kind}`).toMatch(/^[A-Z].{15,}\.$/);
      }
    }
  });

  it('a refused test names what to do for its reason, and something to do for any other', () => {
    const locked = refusedTestNextStep({
      code: 'handler-failed',
      message: 'Locked.',
      detail: { code: 'vault-locked' },
    });
    expect(locked).toContain('Unlock the vault');
    const unknown = refusedTestNextStep({ code: 'no-response', message: 'No answer.' });
    expect(unknown).toContain('Reload this page');
    expect(refusedTestNextStep({ code: 'handler-failed', message: 'x', detail: { code: 'toString' } })).toBe(
      unknown,
    );
  });
});
