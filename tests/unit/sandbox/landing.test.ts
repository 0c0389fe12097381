import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import { landingHandler, landingPage, openablePages } from '../../sandbox/landing';
import { defineScenario, type ScenarioStart } from '../../sandbox/scenario';

const scenario = (id: string, start: ScenarioStart, title = `Scenario ${id}`) =>
  defineScenario({
    id,
    title,
    description: `About ${id}`,
    start,
    tryIt: [`Try ${id}`],
    tour: async () => {},
  });

const portal = scenario('portal', { url: 'https://usa.cloud.watchguard.com/x' }, 'Copy <b>URLs</b> & more');
const popup = scenario('popup', { extensionPage: 'popup.html#quick' });

/** Calls the handler with a GET of `url` and answers the status, body and whether a page opened. */
async function get(url: string) {
  const opened: string[] = [];
  const handler = landingHandler(
    () => '<html>landing</html>',
    openablePages([portal, popup]),
    async (page) => {
      opened.push(page);
    },
  );
  const response = { status: 0, body: '' };
  const res = {
    writeHead: vi.fn((status: number) => {
      response.status = status;
    }),
    end: vi.fn((body?: string) => {
      response.body = body ?? '';
    }),
  };
  handler({ url } as IncomingMessage, res as unknown as ServerResponse);
  return { ...response, opened };
}

describe('landing page', () => {
  it('links a portal scenario to its page in a new tab, and escapes what it shows', () => {
    const html = landingPage([portal], [], []);
    expect(html).toContain('href="https://usa.cloud.watchguard.com/x" target="_blank"');
    expect(html).toContain('Copy &lt;b&gt;URLs&lt;/b&gt; &amp; more');
    expect(html).toContain('<li>Try portal</li>');
    expect(html).not.toContain('<b>URLs</b>');
  });

  it('links an extension-page scenario through the sandbox, in the same tab', () => {
    const html = landingPage([popup], [], []);
    expect(html).toContain('href="/open?page=popup.html%23quick">');
  });

  it('lists what the sandbox set up, and leaves the list out when nothing was', () => {
    const html = landingPage([], [], ['Saved the connection “A & B”.']);
    expect(html).toContain('set the extension up as a person would');
    expect(html).toContain('<li>Saved the connection “A &amp; B”.</li>');
    expect(landingPage([], [], [])).not.toContain('set the extension up');
  });
});

describe('landing handler', () => {
  it('opens a scenario’s extension page and answers 204, so the landing tab stays', async () => {
    expect(await get('/open?page=popup.html%23quick')).toMatchObject({
      status: 204,
      opened: ['popup.html#quick'],
    });
    expect(await get('/open?page=options.html')).toMatchObject({ status: 204, opened: ['options.html'] });
  });

  it('opens nothing it was not told about', async () => {
    const answer = await get('/open?page=..%2F..%2Fetc%2Fpasswd');
    expect(answer.status).toBe(404);
    expect(answer.opened).toEqual([]);
    expect((await get('/open')).status).toBe(404);
  });

  it('serves the page everywhere else', async () => {
    expect(await get('/')).toMatchObject({ status: 200, body: '<html>landing</html>', opened: [] });
  });
});
