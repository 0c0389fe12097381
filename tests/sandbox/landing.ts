import type { HostHandler } from '../e2e/support/vendor-server';
import type { Scenario, ScenarioStart } from './scenario';
import type { MountedSimulator } from './simulators';

export const LANDING_HOST = 'companion.sandbox.test';
export const LANDING_URL = `https://${LANDING_HOST}/`;

/** Extension pages the landing page may open besides the scenarios' own. */
const EXTENSION_PAGES = ['options.html', 'popup.html'];

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * A web page may not link to an extension page (the browser blocks it), so the landing page asks
 * the sandbox, which drives the browser, to open it: `/open?page=…` answers 204 and stays put.
 */
function startHref(start: ScenarioStart): string {
  return 'url' in start ? start.url : `/open?page=${encodeURIComponent(start.extensionPage)}`;
}

function scenarioItem(scenario: Scenario): string {
  const steps = scenario.tryIt.map((line) => `<li>${escapeHtml(line)}</li>`).join('');
  // Portal pages open in a new tab; `/open` opens its own tab and leaves this one as it is.
  const target = 'url' in scenario.start ? ' target="_blank" rel="noopener"' : '';
  return `<li data-scenario="${escapeHtml(scenario.id)}">
    <a href="${escapeHtml(startHref(scenario.start))}"${target}>${escapeHtml(scenario.title)}</a>
    <p>${escapeHtml(scenario.description)}</p>
    <ul>${steps}</ul>
  </li>`;
}

function simulatorItem(mounted: MountedSimulator): string {
  return `<li><strong>${escapeHtml(mounted.name)}</strong> at ${mounted.hosts.map((host) => `<code>${escapeHtml(host)}</code>`).join(', ')}
    ${mounted.description ? `<pre>${escapeHtml(mounted.description)}</pre>` : ''}</li>`;
}

/** The sandbox's start page: every scenario with a link that opens it, and what is simulated. */
export function landingPage(
  scenarios: readonly Scenario[],
  simulators: readonly MountedSimulator[],
  setUp: readonly string[],
): string {
  const done = setUp.map((line) => `<li>${escapeHtml(line)}</li>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>MSP Portal Companion sandbox</title>
  <style>
    body { font: 15px/1.5 system-ui, sans-serif; max-width: 820px; margin: 32px auto; color: #1b1f24; }
    ol > li { margin-bottom: 16px; } li p { margin: 2px 0; color: #57606a; } ul { margin: 2px 0; }
    code, pre { background: #f6f8fa; padding: 1px 4px; border-radius: 3px; font-size: 13px; }
    pre { padding: 8px; overflow-x: auto; }
  </style>
</head>
<body>
  <h1>MSP Portal Companion sandbox</h1>
  <p>Every vendor here is a local simulator and every portal page a fixture: nothing real is
     touched.${
       done
         ? ` Before opening this page the sandbox set the extension up as a person would:</p>
  <ul>${done}</ul>
  <p>`
         : ' '
     }Try a scenario:</p>
  <ol>${scenarios.map(scenarioItem).join('\n')}</ol>
  <p>Extension pages: <a href="/open?page=options.html">settings</a>,
     <a href="/open?page=popup.html">popup in a tab</a> (or click the toolbar icon).</p>
  <details>
    <summary>Simulated vendor APIs and their credentials</summary>
    <ul>${simulators.map(simulatorItem).join('\n')}</ul>
  </details>
</body>
</html>`;
}

/** The extension pages `/open` may open: the scenarios' starts and the two fixed pages. */
export function openablePages(scenarios: readonly Scenario[]): Set<string> {
  const pages = new Set(EXTENSION_PAGES);
  for (const { start } of scenarios) if ('extensionPage' in start) pages.add(start.extensionPage);
  return pages;
}

/** Serves the landing page and its `/open?page=` requests. */
export function landingHandler(
  html: () => string,
  openable: ReadonlySet<string>,
  openExtensionPage: (pagePath: string) => Promise<unknown>,
): HostHandler {
  return (req, res) => {
    const url = new URL(req.url ?? '/', LANDING_URL);
    if (url.pathname === '/open') {
      const page = url.searchParams.get('page') ?? '';
      if (!openable.has(page)) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`Not an extension page the sandbox opens: ${page}`);
        return;
      }
      void openExtensionPage(page).catch(() => {});
      res.writeHead(204);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html());
  };
}
