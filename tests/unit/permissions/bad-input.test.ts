import { describe, expect, it } from 'vitest';
import { auditRole, auditUserClass, PermissionsInputError, requiredRole } from '@/lib/permissions';
import { parseTable, roleSettings } from './helpers';

const ROW = roleSettings(parseTable('Companies > Company Maintenance | None | None | None | All'))[0]!;

/** Runs `run`, expecting a PermissionsInputError, and returns it for inspection. */
function inputError(run: () => unknown): PermissionsInputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PermissionsInputError);
    return error as PermissionsInputError;
  }
  throw new Error('expected a PermissionsInputError, got a report');
}

describe('auditRole refuses bad settings with a typed error naming the problem', () => {
  it.each([
    ['an object', { settings: [] }],
    ['null', null],
    ['a string', '[]'],
    ['undefined', undefined],
  ])('settings that are %s, not an array', (_label, settings) => {
    expect(inputError(() => auditRole(settings, ['ninjaone-psa'])).code).toBe('not-an-array');
  });

  it('a row that is not an object', () => {
    const error = inputError(() => auditRole([ROW, 'Companies'], ['ninjaone-psa']));
    expect(error).toMatchObject({ code: 'not-an-object', detail: { index: 1, value: '"Companies"' } });
  });

  it.each([
    ['moduleName', undefined],
    ['moduleName', ''],
    ['moduleFunctionName', '   '],
    ['moduleFunctionName', 42],
  ])('a row whose %s is %j', (field, value) => {
    const error = inputError(() => auditRole([ROW, { ...ROW, [field]: value }], ['ninjaone-psa']));
    expect(error.code).toBe('missing-name');
    expect(error.detail).toMatchObject({ index: 1, field });
    expect(error.message).toContain(`Role setting 1 has no ${field}`);
  });

  it.each([
    ['inquireLevel', 'Mine'],
    ['addLevel', 'Full'],
    ['editLevel', 2],
    ['deleteLevel', true],
  ])('a row whose %s is %j', (field, value) => {
    const error = inputError(() => auditRole([{ ...ROW, [field]: value }], ['ninjaone-psa']));
    expect(error.code).toBe('unknown-level');
    expect(error.detail).toEqual({ index: 0, field, value: JSON.stringify(value) });
    expect(error.message).toContain('expected one of None, My, All');
  });

  it('duplicate rows, even when spelled differently', () => {
    const twin = { ...ROW, moduleName: 'COMPANIES', moduleFunctionName: 'company  maintenance' };
    const error = inputError(() => auditRole([ROW, twin], ['ninjaone-psa']));
    expect(error).toMatchObject({ code: 'duplicate-row', detail: { index: 1 } });
    expect(error.message).toContain('Role settings 0 and 1 both describe');
  });

  it('never reports a pass for bad input, whichever profile or mode', () => {
    for (const mode of ['minimum', 'least-privilege'] as const) {
      expect(() => auditRole([{ ...ROW, inquireLevel: 'Mine' }], ['watchguard-cloud-psa'], { mode })).toThrow(
        PermissionsInputError,
      );
    }
  });
});

describe('profile ids and options are checked too', () => {
  it('unknown profile ids', () => {
    const error = inputError(() => auditRole([ROW], ['ninjaone-psa', 'ninja-one']));
    expect(error).toMatchObject({ code: 'unknown-profile', detail: { index: 1, field: 'ninja-one' } });
    expect(error.message).toContain('known ids: watchguard-cloud-psa');
  });

  it('an empty selection, which would otherwise audit nothing and pass', () => {
    expect(inputError(() => auditRole([ROW], [])).code).toBe('no-profiles');
    expect(inputError(() => requiredRole([])).code).toBe('no-profiles');
    expect(inputError(() => auditRole([ROW], 'ninjaone-psa' as never)).code).toBe('no-profiles');
  });

  it('a profile for another product', () => {
    expect(inputError(() => auditRole([ROW], ['rewst-automate'])).code).toBe('wrong-product');
    expect(inputError(() => auditUserClass({}, ['ninjaone-psa'])).code).toBe('wrong-product');
    expect(inputError(() => requiredRole(['watchguard-endpoint-rmm'])).code).toBe('wrong-product');
  });

  it('an unknown mode', () => {
    const error = inputError(() => auditRole([ROW], ['ninjaone-psa'], { mode: 'strict' as never }));
    expect(error).toMatchObject({ code: 'unknown-mode', detail: { field: 'mode', value: '"strict"' } });
  });
});

describe('auditUserClass refuses bad permissions', () => {
  it.each([null, [], 'ClientRead', 3])('permissions %j that are not an object', (permissions) => {
    expect(inputError(() => auditUserClass(permissions, ['rewst-automate'])).code).toBe('not-an-object');
  });

  it('a permission that is not a boolean', () => {
    const error = inputError(() => auditUserClass({ ClientRead: 'yes' }, ['rewst-automate']));
    expect(error).toMatchObject({ code: 'invalid-value', detail: { field: 'ClientRead', value: '"yes"' } });
  });

  it('the same permission twice in different case', () => {
    const error = inputError(() =>
      auditUserClass({ ClientRead: true, clientread: false }, ['rewst-automate']),
    );
    expect(error.code).toBe('duplicate-row');
  });

  it('computer permissions or a user that are not objects', () => {
    expect(
      inputError(() => auditUserClass({}, ['rewst-automate'], { computerPermissions: 'all' })).detail.field,
    ).toBe('computerPermissions');
    expect(inputError(() => auditUserClass({}, ['rewst-automate'], { user: null })).detail.field).toBe(
      'user',
    );
  });

  it('cuts long offending values short in messages', () => {
    const error = inputError(() => auditRole([{ ...ROW, addLevel: 'x'.repeat(500) }], ['ninjaone-psa']));
    expect(error.message.length).toBeLessThan(200);
  });
});
