import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { takeEarlyReading } from '@/lib/role-checker/page/early-reading';
import { startEarlyScan } from '@/lib/role-checker/page/early-scan';
import { type PageReading, readRolePage, setControl } from '@/lib/role-checker/page/page-adapter';
import { locateRoleScreen } from '@/lib/role-checker/page/screen-locator';
import { loadPage, mutationObserverOf, parseHtml, vocabulary } from '../dom';
import { layoutArbitrary } from './layout-generator/layouts';
import { renderRolePage } from './layout-generator/render';
import { roleArbitrary } from './layout-generator/role';

afterEach(() => vi.unstubAllGlobals());

function watched(doc: Document) {
  vi.stubGlobal('MutationObserver', mutationObserverOf(doc));
  return doc;
}

/** A timer that runs only when told to, as the content script's next task would. */
function pendingTask() {
  const tasks: (() => void)[] = [];
  return {
    setTimeout: (callback: () => void) => tasks.push(callback),
    run: () => {
      for (const task of tasks.splice(0)) task();
    },
    count: () => tasks.length,
  };
}

/** What a reading says, with each row's element, so two readings of one page can be compared. */
function said(reading: PageReading) {
  if (reading.status !== 'read') return reading;
  return {
    ...reading,
    rows: reading.rows.map((row) => ({
      ...row,
      cells: Object.fromEntries(Object.entries(row.cells).map(([action, cell]) => [action, cell.label])),
    })),
  };
}

describe("the content script's early scan (heading and level controls, before the reader arrives)", () => {
  it("gives a reading identical to a whole reading, on every generated layout of a fixed seed (from the detector's heading)", () => {
    const role = roleArbitrary({ unknownWords: true, unknownModule: true });
    fc.assert(
      fc.property(role, layoutArbitrary, (generated, layout) => {
        const page = renderRolePage(generated, layout);
        const doc = watched(parseHtml(page.frameHtml ?? page.html));
        const whole = readRolePage(doc, vocabulary);
        const task = pendingTask();
        // As the content script scans: from the heading its detector found, when it found the screen.
        const found = locateRoleScreen(doc);
        if (found) expect(found.screen).toBe(doc);
        const scan = startEarlyScan(doc, task.setTimeout, found?.marker);
        task.run();
        const start = scan?.take() ?? undefined;
        scan?.changes.stop();
        const fromScan = readRolePage(doc, vocabulary, start);
        expect(said(fromScan)).toEqual(said(whole));
        if (whole.status === 'read' && fromScan.status === 'read') {
          expect(fromScan.rows.map((row) => row.element)).toEqual(whole.rows.map((row) => row.element));
        }
      }),
      { seed: 17, numRuns: 80 },
    );
  }, 60_000);

  it('runs in a task of its own, and at once when the reader asks first', () => {
    const doc = watched(loadPage('role-missing.html'));
    const task = pendingTask();
    const scan = startEarlyScan(doc, task.setTimeout)!;
    expect(task.count()).toBe(1);
    const taken = scan.take();
    expect(taken?.controls.length).toBe(doc.querySelectorAll('select').length);
    expect(taken?.marker?.textContent).toContain('Security Modules');
    task.run();
    // The task finds the scan done: the same one is handed over.
    expect(scan.take()).toBe(taken);
    scan.changes.stop();
  });

  it('is handed to the reader when the screen did not change, and the reading holds until it does', () => {
    const doc = watched(loadPage('role-missing.html'));
    const task = pendingTask();
    const scan = startEarlyScan(doc, task.setTimeout);
    task.run();
    const early = takeEarlyReading(doc, scan);
    expect(early.take()).toMatchObject({ status: 'read', roleName: 'API Integrations' });

    const later = watched(loadPage('role-missing.html'));
    const laterTask = pendingTask();
    const laterScan = startEarlyScan(later, laterTask.setTimeout);
    laterTask.run();
    const reading = takeEarlyReading(later, laterScan);
    // A level picked after the reading (the scan's tracker kept running) makes it stale.
    setControl(later.querySelector('select')!, 'None');
    expect(reading.take()).toBeNull();
  });

  it('is set aside when a level was picked between the scan and the reader, which then reads afresh', () => {
    const doc = watched(loadPage('role-missing.html'));
    const task = pendingTask();
    const scan = startEarlyScan(doc, task.setTimeout)!;
    task.run();
    const select = doc.querySelector('select')!;
    setControl(select, 'All');
    expect(scan.changes.changed()).toBe(true);
    const early = takeEarlyReading(doc, scan);
    const reading = early.take();
    // Read again after the change: it shows the level picked, and is not stale for that change.
    expect(reading?.status).toBe('read');
    const cells = reading?.status === 'read' ? reading.rows.flatMap((row) => Object.values(row.cells)) : [];
    expect(cells.find((cell) => cell.control === select)?.label).toBe('All');
  });

  it('is set aside when rows were removed before the records were delivered', () => {
    const doc = watched(loadPage('role-missing.html'));
    const task = pendingTask();
    const scan = startEarlyScan(doc, task.setTimeout)!;
    task.run();
    doc.querySelector('tr')!.remove();
    expect(scan.take()).toBeNull();
    scan.changes.stop();
  });

  it('does not start on a document without a body', () => {
    // A frame whose document is still being replaced has none for a moment.
    const task = pendingTask();
    expect(startEarlyScan({ body: null } as unknown as Document, task.setTimeout)).toBeNull();
    expect(task.count()).toBe(0);
  });
});
