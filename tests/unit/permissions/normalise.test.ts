import { describe, expect, it } from 'vitest';
import {
  functionKey,
  LEVELS,
  levelRank,
  normaliseName,
  parseFunctionPath,
  parseLevel,
} from '@/lib/permissions';

describe('normaliseName', () => {
  it.each([
    ['Time & Expense', 'Time and Expense'],
    ['Time & Expense', 'Time&Expense'],
    ['Service Desk', '  service   DESK '],
    ['Companies > Configurations', 'Companies → Configurations'],
    ['Companies > Configurations', 'Companies-Configurations'],
    ['Companies > Configurations', 'Companies›Configurations'],
    ['Configuration - Display Passwords', 'Configuration > Display Passwords'],
    ['CRM/Sales Activities', 'CRM / Sales Activities'],
    ['Company Maintenance', 'Ｃompany Maintenance'],
  ])('treats %j and %j alike', (a, b) => {
    expect(normaliseName(a)).toBe(normaliseName(b));
  });

  it.each([
    ['Companies', 'Comanies'],
    ['Service Tickets', 'Service Ticket'],
    ['Reports', 'API Reports'],
  ])('keeps %j and %j apart', (a, b) => {
    expect(normaliseName(a)).not.toBe(normaliseName(b));
  });

  it('keys a function by module, so same-named functions in two modules differ', () => {
    expect(functionKey('Finance', 'Reports')).not.toBe(functionKey('Service Desk', 'Reports'));
    expect(functionKey('Time & Expense', 'Time Entry')).toBe(functionKey('time and expense', 'TIME ENTRY'));
  });
});

describe('parseFunctionPath', () => {
  it('splits at the first separator of any kind', () => {
    expect(parseFunctionPath('Companies → Company Maintenance')).toEqual({
      module: 'Companies',
      function: 'Company Maintenance',
    });
    expect(parseFunctionPath('Companies > Configuration - Display Passwords')).toEqual({
      module: 'Companies',
      function: 'Configuration - Display Passwords',
    });
    expect(parseFunctionPath('Companies')).toBeUndefined();
  });
});

describe('levels', () => {
  it('orders None < My < All', () => {
    expect(LEVELS).toEqual(['None', 'My', 'All']);
    expect(levelRank('None')).toBeLessThan(levelRank('My'));
    expect(levelRank('My')).toBeLessThan(levelRank('All'));
  });

  it('reads levels in any case but rejects anything else', () => {
    expect(parseLevel('NONE')).toBe('None');
    expect(parseLevel(' all ')).toBe('All');
    expect(parseLevel('Mine')).toBeUndefined();
    expect(parseLevel('')).toBeUndefined();
  });
});
