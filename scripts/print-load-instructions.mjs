// After `npm start` builds the extension: where it is and how to load it.
import path from 'node:path';

const dir = path.resolve('.output/chrome-mv3');
console.log(`
MSP Portal Companion is built (unpacked) at:
  ${dir}

Load it in Chrome or Edge:
  1. Open chrome://extensions (edge://extensions in Edge).
  2. Turn on "Developer mode".
  3. Click "Load unpacked" and choose the folder above.
`);
