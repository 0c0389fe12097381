import { describe, expect, it } from 'vitest';
import { isLevelSelect, readControlLabel } from '@/lib/role-checker/page/level-controls';
import { parseHtml } from '../dom';

/** Drop-downs are read child to child; options in groups, after plain ones or alone, are queried. */
function select(html: string): HTMLSelectElement {
  return parseHtml(`<body>${html}</body>`).querySelector('select')!;
}

describe('a level drop-down, however its options are grouped', () => {
  it('is found with its options as its own children, or inside groups', () => {
    expect(
      isLevelSelect(select('<select><option>None</option><option>My</option><option>All</option></select>')),
    ).toBe(true);
    expect(
      isLevelSelect(
        select(
          '<select><optgroup label="Levels"><option>None</option><option>All</option></optgroup></select>',
        ),
      ),
    ).toBe(true);
    expect(
      isLevelSelect(
        select(
          '<select><option>None</option><optgroup label="More"><option>All</option></optgroup></select>',
        ),
      ),
    ).toBe(true);
  });

  it('is not one when it offers too many options or too few level names, grouped or not', () => {
    const many = Array.from(
      { length: 7 },
      (_, index) => `<option>${index === 0 ? 'None' : 'All'}</option>`,
    ).join('');
    expect(isLevelSelect(select(`<select>${many}</select>`))).toBe(false);
    expect(isLevelSelect(select(`<select><optgroup label="g">${many}</optgroup></select>`))).toBe(false);
    expect(
      isLevelSelect(
        select('<select><option>None</option><optgroup label="g"><option>Red</option></optgroup></select>'),
      ),
    ).toBe(false);
  });

  it('shows the option picked, before a group, inside one, and with none marked', () => {
    const before = select(
      '<select><option>None</option><option selected>My</option><optgroup label="g"><option>All</option></optgroup></select>',
    );
    expect(readControlLabel(before)).toBe('My');
    const inside = select(
      '<select><option>None</option><optgroup label="g"><option>My</option><option selected>All</option></optgroup></select>',
    );
    expect(readControlLabel(inside)).toBe('All');
    expect(readControlLabel(select('<select><option> None </option><option>All</option></select>'))).toBe(
      'None',
    );
  });
});
