import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { manageVocabulary } from '@/lib/role-checker/vocabulary';
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
