// IndexedDB is not part of WXT's fake browser; fake-indexeddb gives every test a real-enough one.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});
