import type { Scenario } from './scenario';

export const LANDING_HOST = 'companion.sandbox.test';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** The sandbox's start page: every scenario with a link that opens it. */
export function landingPage(scenarios: Scenario[], extensionId: string): string {
  const items = scenarios
    .map(
      (scenario) => `<li>
        <a href="${escapeHtml(scenario.url(extensionId))}" target="_blank" rel="noopener">${escapeHtml(scenario.title)}</a>
        <p>${escapeHtml(scenario.description)}</p>
      </li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>MSP Portal Companion sandbox</title>
  <style>
    body { font: 15px/1.5 system-ui, sans-serif; max-width: 760px; margin: 40px auto; color: #1b1f24; }
    li { margin-bottom: 14px; } li p { margin: 2px 0 0; color: #57606a; }
    code { background: #f6f8fa; padding: 1px 4px; border-radius: 3px; }
  </style>
</head>
<body>
  <h1>MSP Portal Companion sandbox</h1>
  <p>Every vendor here is a local simulator and every portal page a fixture: nothing real is touched.
     The extension is loaded with sandbox connections already configured. Try a scenario:</p>
  <ol>${items}</ol>
  <p>Extension pages: <a href="chrome-extension://${extensionId}/options.html">settings</a>,
     <a href="chrome-extension://${extensionId}/popup.html">popup</a>.</p>
</body>
</html>`;
}
