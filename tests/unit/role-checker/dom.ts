import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { readRolePage } from '@/lib/role-checker/page/page-adapter';
import { manageVocabulary } from '@/lib/role-checker/page/vocabulary';
import { FIXTURE_DIR } from './role-pages';

/**
 * Loads a fixture page into linkedom (a light DOM without layout or script execution: the
 * adapter reads markup, so that is enough; behaviour that needs a real browser is covered by the
 * E2E specs).
 */
export function loadPage(name: string): Document {
  return parseHtml(readFileSync(path.join(FIXTURE_DIR, name), 'utf8'));
}

/** Parses a page, or a fragment (wrapped in a document, as linkedom needs one). */
export function parseHtml(html: string): Document {
  const page = /^\s*<(!doctype|html)/i.test(html) ? html : `<!doctype html><html><head></head>${html}</html>`;
  return parseHTML(page).document as unknown as Document;
}

/** The catalogue's module and function names, as the content script passes them. */
export const vocabulary = manageVocabulary;

/** The rows, modules and problems of a fixture page the adapter reads (fails the test otherwise). */
export function readFixture(nameOrDoc: string | Document) {
  const doc = typeof nameOrDoc === 'string' ? loadPage(nameOrDoc) : nameOrDoc;
  const reading = readRolePage(doc, vocabulary);
  if (reading.status !== 'read') throw new Error(`expected a readable page, got ${reading.status}`);
  return { doc, ...reading };
}

/** The `MutationObserver` of a linkedom document's window (linkedom has no global one). */
export function mutationObserverOf(doc: Document): typeof MutationObserver {
  return (doc.defaultView as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver;
}

/** Lets linkedom deliver pending mutation records. */
export function flushMutations(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
