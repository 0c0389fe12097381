import { existsSync } from 'node:fs';
import { extensionDir } from './fixtures';
import { CHROMIUM_MISSING_MESSAGE, findChromium } from './support/chromium';

// Stops the run before any test with one clear line, instead of a failure per test.
export default function globalSetup() {
  if (!findChromium()) {
    console.error(CHROMIUM_MISSING_MESSAGE);
    process.exit(1);
  }
  if (!existsSync(`${extensionDir}/manifest.json`)) {
    console.error(
      'The extension is not built: run `npm run build` first (npm run test:e2e does it for you).',
    );
    process.exit(1);
  }
}
