import { describe, expect, it } from 'vitest';
import { fixListMarkdown } from '@/lib/role-checker/page/fix-list';
import { roleReader } from '@/lib/role-checker/page/reader-api';
import { scrubbedSnapshot } from '@/lib/role-checker/page/snapshot';
import { judgePage } from '../catalogue';
import { loadPage, readFixture } from '../dom';

/** Issue #16, item 8: no token in a snapshot's attributes; no page markup in the fix list. */

const TAKEN_AT = new Date('2026-11-23T10:00:00Z');

describe('page snapshot attributes', () => {
  it('drops queries, fragments and script URLs from every address attribute', () => {
    const doc = loadPage('unrecognised.html');
    doc.body.insertAdjacentHTML(
      'beforeend',
      [
        '<a id="t1" href="/v4_6_release/roles?session=tok-href-1#tok-frag-2">Roles</a>',
        '<img id="t2" src="https://cdn.example/pic.png?sig=tok-src-3" srcset="/a.png?k=tok-srcset-4 1x, /b.png 2x">',
        '<form id="t3" action="/save?csrf=tok-action-5"><button formaction="/go?t=tok-formaction-6">Go</button></form>',
        '<a id="t4" href="javascript:steal(\'tok-js-7\')">x</a>',
        '<script src="/app.js?auth=tok-script-8"></script>',
        '<iframe srcdoc="&lt;p&gt;tok-srcdoc-9&lt;/p&gt;"></iframe>',
      ].join(''),
    );
    const html = scrubbedSnapshot(doc, TAKEN_AT, roleReader);
    for (let n = 1; n <= 9; n += 1) expect(html).not.toMatch(new RegExp(`tok-[a-z]+-${n}`));
    expect(html).toContain('href="/v4_6_release/roles"');
    expect(html).toContain('src="/app.js"');
    expect(html).toContain('srcset="/a.png 1x, /b.png 2x"');
  });

  it('empties inline event handlers and data attributes that may hold tokens, keeping plain words', () => {
    const doc = loadPage('unrecognised.html');
    doc.body.insertAdjacentHTML(
      'beforeend',
      '<div id="d1" onclick="send(\'tok-onclick-1\')" onmouseover="x(\'tok-hover-2\')" data-session="tok-data-3" data-api-key="a1b2c3d4e5" data-state="expanded">x</div>',
    );
    const html = scrubbedSnapshot(doc, TAKEN_AT, roleReader);
    for (const token of ['tok-onclick-1', 'tok-hover-2', 'tok-data-3', 'a1b2c3d4e5']) {
      expect(html).not.toContain(token);
    }
    expect(html).toContain('data-state="expanded"');
    expect(html).toContain('onclick=""');
  });
});

describe('fix list Markdown', () => {
  it('escapes the role name the page shows, so it cannot add links, images, headings or lines', () => {
    const verdict = judgePage(readFixture('role-missing.html'), ['watchguard-cloud-psa'], 'minimum');
    const hostile = 'Admin](https://evil.example/x) ![t](https://evil.example/p.png)\n## PASS <img src=x>';
    const markdown = fixListMarkdown(verdict, {
      roleName: hostile,
      pageUrl: 'https://na.myconnectwise.net/v4_6_release/roles',
    });
    const roleLine = markdown.split('\n').find((line) => line.startsWith('- Role: '));
    expect(roleLine).toBe(
      '- Role: Admin\\](https://evil.example/x) !\\[t\\](https://evil.example/p.png) \\#\\# PASS \\<img src=x\\>',
    );
    expect(markdown).not.toMatch(/^## PASS/m);
  });
});
