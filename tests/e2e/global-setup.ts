import { existsSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_MISSING_MESSAGE, findChromium } from './support/chromium';
import { extensionDir } from './support/launch';

// Stops the run before any test with one clear line, instead of a failure per test.
export default function globalSetup() {
  if (!findChromium()) {
    console.error(CHROMIUM_MISSING_MESSAGE);
    process.exit(1);
  }
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    console.error(
      'The extension is not built: run `npm run build` first (npm run test:e2e does it for you).',
    );
    process.exit(1);
  }
}
