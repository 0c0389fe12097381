import { describe, expect, it } from 'vitest';
import { type ProfileInput, parseCatalogue } from '@/lib/permissions';

/** Bad profile data fails when the catalogue loads (so in every test run), never a silent miss. */

const source = { vendor: 'Example', title: 'Example role table', document: 'https://example.org/role' };

function profile(overrides: Record<string, unknown> = {}): ProfileInput {
  return {
    id: 'example-psa',
    title: 'Example → ConnectWise Manage',
    vendor: 'Example',
    product: 'manage',
    kind: 'rmm',
    source,
    strictness: 'minimum',
    strictnessNote: 'An example.',
    acceptsAdminRole: false,
    revision: 1,
    checkedOn: '2026-12-01',
    optionalFeatures: [{ id: 'billing', title: 'Billing', detail: 'Adds agreements.' }],
    requirements: [
      { module: 'Companies', function: 'Company Maintenance', inquire: 'All', source },
      { module: 'Finance', function: 'Agreements', inquire: 'All', feature: 'billing', source },
    ],
    ...overrides,
  } as ProfileInput;
}

const rows = (extra: object[]) => ({
  requirements: [...(profile() as { requirements: object[] }).requirements, ...extra],
});

describe('catalogue validation', () => {
  it('accepts a well-formed profile', () => {
    expect(parseCatalogue([profile()])).toHaveLength(1);
  });

  it.each([
    [
      'an unknown module',
      rows([{ module: 'Comanies', function: 'Contacts', inquire: 'All', source }]),
      /Comanies > Contacts/,
    ],
    [
      'an unknown function',
      rows([{ module: 'Companies', function: 'Company Maintainance', inquire: 'All', source }]),
      /Company Maintainance/,
    ],
    [
      'a duplicate row',
      rows([{ module: 'Companies', function: 'company maintenance', edit: 'All', source }]),
      /lists Companies > company maintenance twice/,
    ],
    [
      'a duplicate row spelled by an alias',
      rows([
        { module: 'Service Desk', function: 'Close Service Ticket', inquire: 'All', source },
        { module: 'Service Desk', function: 'Closed Service Tickets', inquire: 'All', source },
      ]),
      /twice/,
    ],
    [
      'a level outside None/My/All',
      rows([{ module: 'Companies', function: 'Contacts', inquire: 'Mine', source }]),
      /inquire/,
    ],
    [
      'a row for a feature that does not exist',
      rows([{ module: 'Companies', function: 'Contacts', inquire: 'All', feature: 'ticketing', source }]),
      /unknown feature .{0,4}ticketing/,
    ],
    [
      'a Customize list for a feature that does not exist',
      {
        customize: [
          {
            module: 'System',
            function: 'Table Setup',
            list: 'allow',
            entries: ['Service / Service Board'],
            feature: 'nope',
            source,
          },
        ],
      },
      /unknown feature .{0,4}nope/,
    ],
    [
      'a Customize list of an unknown function',
      {
        customize: [
          {
            module: 'System',
            function: 'Setup Table',
            list: 'allow',
            entries: ['Service / Service Board'],
            source,
          },
        ],
      },
      /Customize list of unknown function/,
    ],
    [
      'a feature declared twice',
      {
        optionalFeatures: [
          { id: 'billing', title: 'A', detail: 'A' },
          { id: 'billing', title: 'B', detail: 'B' },
        ],
      },
      /declares feature billing twice/,
    ],
    [
      'a feature that adds no row',
      {
        optionalFeatures: [
          { id: 'billing', title: 'A', detail: 'A' },
          { id: 'unused', title: 'B', detail: 'B' },
        ],
      },
      /feature .{0,4}unused.{0,4} adds no row/,
    ],
    ['a checked-on date that is not a date', { checkedOn: 'last week' }, /YYYY-MM-DD/],
    ['an unknown kind', { kind: 'toaster' }, /kind/],
  ])('fails on %s', (_name, overrides, message) => {
    expect(() => parseCatalogue([profile(overrides)])).toThrow(message);
  });

  it('fails on an Automate field or RMM scope that does not exist', () => {
    const automate = profile({
      product: 'automate',
      optionalFeatures: [],
      requirements: [{ scope: 'userClass', field: 'ClientsRead', label: 'Clients: Read', source }],
    });
    expect(() => parseCatalogue([automate])).toThrow(/userClass\.ClientsRead/);
    const rmm = profile({
      product: 'rmm',
      optionalFeatures: [],
      requirements: undefined,
      scopes: [{ scope: 'platform.device.read', label: 'Devices: Read', source }],
    });
    expect(() => parseCatalogue([rmm])).toThrow(/platform\.device\.read/);
  });

  it('fails on two profiles with one id', () => {
    expect(() => parseCatalogue([profile(), profile()])).toThrow(/duplicate profile id example-psa/);
  });
});
