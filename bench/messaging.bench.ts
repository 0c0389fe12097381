import { createBackgroundRouter } from '../lib/background/router';
import { defineSuite } from './harness';

const route = createBackgroundRouter({
  version: '0.0.0',
  extensionId: 'bench',
  extensionOrigin: 'chrome-extension://bench',
  startedAt: new Date(),
});
const sender = { id: 'bench', url: 'https://na.myconnectwise.net/v4_6_release/', tab: { id: 1 } };

export default defineSuite({
  name: 'messaging',
  cases: [
    {
      name: 'route a ping from a content script (schema + sender checks)',
      fn: () => route({ command: 'ping', payload: {} }, sender),
      samples: 2000,
      targetMedianMs: 0.1,
    },
  ],
});
