import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  lintThreatLockerSetupForm,
  readThreatLockerSetupForm,
} from '@/lib/readiness/threatlocker/page/setup-form';
import { parseHtml } from '../../role-checker/dom';

/** The reconstructed Setup tab (see the fixture's comment), with the boxes set as a person would. */
function setupPage(fill: { server?: string; onPrem?: string; companyId?: string; keys?: boolean } = {}) {
  const html = readFileSync(
    path.join(process.cwd(), 'tests/fixtures/pages/portal.threatlocker.com/connectwise-setup.html'),
    'utf8',
  );
  const doc = parseHtml(html);
  // linkedom has no live form properties: the boxes are set through their attributes.
  for (const option of doc.querySelectorAll('#cw-server option')) {
    if (fill.server && option.textContent === fill.server) option.setAttribute('selected', '');
  }
  const set = (id: string, value: string) => doc.getElementById(id)?.setAttribute('value', value);
  if (fill.onPrem !== undefined) set('cw-onprem', fill.onPrem);
  if (fill.companyId !== undefined) set('cw-company', fill.companyId);
  if (fill.keys) {
    set('cw-public', 'pub');
    set('cw-private', 'secret-value');
  }
  return doc;
}

describe('ThreatLocker ConnectWise setup form', () => {
  it('recognises the Setup tab by its labels and options, and reads no key value', () => {
    const form = readThreatLockerSetupForm(
      setupPage({ server: 'European Cloud', companyId: 'acme', keys: true }),
    );
    expect(form).toEqual({
      server: 'eu',
      onPremUrl: '',
      companyId: 'acme',
      publicKeyFilled: true,
      privateKeyFilled: true,
    });
    expect(JSON.stringify(form)).not.toContain('secret-value');
  });

  it('does not recognise a page whose layout changed', () => {
    expect(
      readThreatLockerSetupForm(parseHtml('<label for="x">Server</label><select id="x"></select>')),
    ).toBeNull();
  });

  it('points the lookup at the chosen cloud site', () => {
    const lint = lintThreatLockerSetupForm(
      readThreatLockerSetupForm(setupPage({ server: 'North American Cloud', companyId: 'acme' }))!,
    );
    expect(lint).toMatchObject({ server: { ok: true }, siteUrl: 'https://na.myconnectwise.net' });
    expect(lint.companyId?.ok).toBe(true);
  });

  it('catches a cloud site typed as On-Premise, a missing server, and keys pasted before the Company ID', () => {
    const cloudAsOnPrem = lintThreatLockerSetupForm(
      readThreatLockerSetupForm(setupPage({ server: 'On-Premise', onPrem: 'eu.myconnectwise.net' }))!,
    );
    expect(cloudAsOnPrem.server.text).toBe(
      'eu.myconnectwise.net is a ConnectWise cloud site: choose “European Cloud” instead of On-Premise.',
    );
    expect(cloudAsOnPrem.siteUrl).toBeNull();
    const none = lintThreatLockerSetupForm(readThreatLockerSetupForm(setupPage({ keys: true }))!);
    expect(none.server.ok).toBe(false);
    expect(none.companyId?.text).toMatch(/Enter the Company ID and check it before the keys/);
    const spaced = lintThreatLockerSetupForm(
      readThreatLockerSetupForm(setupPage({ server: 'Australian Cloud', companyId: 'acme\n' }))!,
    );
    expect(spaced.companyId).toMatchObject({ ok: false });
  });

  it('takes an https on-premise server as the lookup site', () => {
    const lint = lintThreatLockerSetupForm(
      readThreatLockerSetupForm(
        setupPage({ server: 'On-Premise', onPrem: 'https://cw.example.com/v4_6_release/' }),
      )!,
    );
    expect(lint).toMatchObject({ server: { ok: true }, siteUrl: 'https://cw.example.com' });
  });
});
