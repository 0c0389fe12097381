import { describe, expect, it } from 'vitest';
import {
  auditRole,
  canonicalFunctionKey,
  findManageFunction,
  functionKey,
  isSensitiveManageFunction,
  MANAGE_MODULES,
  normaliseName,
} from '@/lib/permissions';
import { manageVocabulary } from '@/lib/role-checker/page/vocabulary';
import { roleSettings } from './helpers';

describe('Manage vocabulary', () => {
  it.each([
    ['System', 'Setup Tables', 'System', 'Table Setup'],
    ['Service Desk', 'Close Service Ticket', 'Service Desk', 'Close Service Tickets'],
    ['Service Desk', 'Closed Service Tickets', 'Service Desk', 'Close Service Tickets'],
    ['Procurement', 'Product Entry', 'Procurement', 'Product Catalog'],
    ['Procurement', 'Product', 'Procurement', 'Products'],
    ['Time and Expense', 'Time Entries', 'Time & Expense', 'Time Entry'],
    ['Time & Expenses', 'Time Entry', 'Time & Expense', 'Time Entry'],
    ['Company', 'Teams Members', 'Companies', 'Team Members'],
    ['Companies', 'Configuration-display passwords', 'Companies', 'Configuration - Display Passwords'],
    ['Companies', 'Configuration – Display Passwords', 'Companies', 'Configuration - Display Passwords'],
    ['Service Desk', 'Service Tickets – Finance', 'Service Desk', 'Service Tickets - Finance'],
    ['Service Desk', 'Service Tickets – Dependencies', 'Service Desk', 'Service Ticket - Dependencies'],
    [
      'Service Desk',
      'Service Ticket Dependancies'.replace(' Dep', ' - Dep'),
      'Service Desk',
      'Service Ticket - Dependencies',
    ],
    ['Projects', 'Project Ticket', 'Project', 'Project Tickets'],
    ['Project', 'Close Project', 'Project', 'Close Projects'],
    ['Companies', 'User Scenarios', 'Companies', 'UserCentric'],
    ['Finance', 'Expense Reimbursements', 'Finance', 'Expense Reimbursement'],
    ['System', 'Security Roles', 'System', 'Security'],
  ])('reads %s › %s as %s › %s', (module, fn, canonicalModule, canonicalFunction) => {
    expect(findManageFunction(module, fn)).toEqual({ module: canonicalModule, function: canonicalFunction });
    expect(canonicalFunctionKey(module, fn)).toBe(functionKey(canonicalModule, canonicalFunction));
  });

  it('keeps a function that exists under several modules apart by its module', () => {
    const reports = MANAGE_MODULES.filter((module) =>
      module.functions.some((known) => known.name === 'Reports'),
    );
    expect(reports.map((module) => module.name)).toEqual([
      'Companies',
      'Finance',
      'Procurement',
      'Sales',
      'Service Desk',
      'Time & Expense',
    ]);
    expect(canonicalFunctionKey('Finance', 'Reports')).not.toBe(canonicalFunctionKey('Sales', 'Reports'));
    expect(findManageFunction('System', 'Reports')).toBeUndefined();
  });

  it('gives every spelling one meaning: no alias is another function of its module', () => {
    for (const module of MANAGE_MODULES) {
      const seen = new Map<string, string>();
      for (const known of module.functions) {
        for (const name of [known.name, ...known.aliases]) {
          const key = normaliseName(name);
          expect(seen.get(key), `${module.name} › ${name}`).toBeUndefined();
          seen.set(key, known.name);
        }
      }
    }
  });

  it('lists the modules with the function counts the sources show', () => {
    const counts = Object.fromEntries(MANAGE_MODULES.map((module) => [module.name, module.functions.length]));
    expect(counts).toEqual({
      Companies: 15,
      Finance: 13,
      Marketing: 4,
      Procurement: 8,
      Project: 16,
      Sales: 8,
      'Service Desk': 10,
      System: 10,
      'Time & Expense': 5,
    });
  });

  it('flags the functions that reveal passwords', () => {
    expect(isSensitiveManageFunction('Companies', 'Configuration-display passwords')).toBe(true);
    expect(isSensitiveManageFunction('Companies', 'Configurations')).toBe(false);
  });

  it('matches a role row spelled the old way against a profile that uses the current name', () => {
    // Bitdefender's table says Product Catalog; a pre-2017.5 server calls the row Product Entry.
    const rows = roleSettings([
      {
        module: 'Procurement',
        function: 'Product Entry',
        levels: { add: 'None', edit: 'None', delete: 'None', inquire: 'All' },
      },
    ]);
    const finding = auditRole(rows, ['bitdefender-gravityzone-psa']).findings.find(
      (f) => f.function === 'Product Catalog' && f.action === 'inquire',
    );
    expect(finding).toMatchObject({ status: 'ok', actual: 'All' });
  });

  it('hands the page reader the same names and aliases', () => {
    const procurement = manageVocabulary.modules.find((module) => module.name === 'Procurement');
    expect(procurement?.functionAliases?.['Product Catalog']).toEqual(['Product Entry']);
    expect(manageVocabulary.modules.find((module) => module.name === 'Project')?.aliases).toEqual([
      'Projects',
    ]);
  });
});
