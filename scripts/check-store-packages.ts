/**
 * `npm run check:store` (part of `npm test`, after `npm run build:firefox`): are the packages
 * the stores receive acceptable?
 *
 * - Firefox: addons-linter (Mozilla's own add-on validator, the one addons.mozilla.org runs) on
 *   .output/firefox-mv2. Any error fails; so does a warning not in KNOWN_WARNINGS, each of which
 *   the README's "Store packages" section explains.
 * - Chrome/Edge: builds the store zip (`wxt zip`) and checks its manifest.json for the fields the
 *   Chrome Web Store requires (scripts/store-manifest.ts), reading the icons from the zip itself.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import yauzl from 'yauzl';
import { chromeStoreProblems } from './store-manifest';

const root = path.resolve(import.meta.dirname, '..');
const output = path.join(root, '.output');

interface LinterMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

/** The warnings we accept, with why (the README lists the same); anything else fails. */
const KNOWN_WARNINGS: readonly { code: string; message: string; file: RegExp; why: string }[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    message: 'Unsafe assignment to innerHTML',
    file: /^(role-checker-panel\.js|watchguard-helpers\.js|threatlocker-setup-lint\.js|chunks\/[\w-]+\.js)$/,
    why: "Preact's renderer, bundled into each script that draws a screen, assigns innerHTML only for dangerouslySetInnerHTML, which our code never uses (Biome's noDangerouslySetInnerHtml rule refuses it).",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    message: 'Unsafe call to import for argument 0',
    file: /^content-scripts\/(cw-manage|watchguard|threatlocker-portal)\.js$/,
    why: "The ConnectWise Manage, WatchGuard and ThreatLocker portal content scripts import their on-demand scripts (role checker and its panel, WatchGuard helpers, ThreatLocker setup lint) from the extension's own package (runtime.getURL, lib/extension/page-chunk.ts), only when the page needs them; the address is never taken from a page.",
  },
];

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status !== 0 && !result.stdout) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  }
  return result.stdout;
}

function checkFirefox(): boolean {
  const dir = path.join(output, 'firefox-mv2');
  const report = JSON.parse(
    run(path.join(root, 'node_modules/.bin/addons-linter'), ['--output', 'json', '--boring', dir]),
  ) as { errors: LinterMessage[]; warnings: LinterMessage[]; notices: LinterMessage[] };
  const where = (message: LinterMessage) =>
    `${message.file ?? '(package)'}${message.line ? `:${message.line}` : ''}`;
  let ok = true;
  for (const error of report.errors) {
    console.error(`addons-linter error ${error.code} at ${where(error)}: ${error.message}`);
    ok = false;
  }
  for (const warning of report.warnings) {
    const known = KNOWN_WARNINGS.find(
      (entry) =>
        entry.code === warning.code &&
        entry.message === warning.message &&
        entry.file.test(warning.file ?? ''),
    );
    if (known)
      console.log(`addons-linter warning (known) ${warning.code} at ${where(warning)}: ${known.why}`);
    else {
      console.error(
        `addons-linter warning ${warning.code} at ${where(warning)}: ${warning.message} — new: fix it, or explain it in the README and in KNOWN_WARNINGS.`,
      );
      ok = false;
    }
  }
  console.log(
    `addons-linter: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices (firefox-mv2).`,
  );
  return ok;
}

function readZip(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (openError, zip) => {
      if (openError || !zip) return reject(openError);
      const files = new Map<string, Buffer>();
      zip.on('error', reject);
      zip.on('end', () => resolve(files));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

async function checkChrome(): Promise<boolean> {
  run('npx', ['wxt', 'zip']);
  const zipName = readdirSync(output).find((name) => name.endsWith('-chrome.zip'));
  if (!zipName) throw new Error('`wxt zip` wrote no *-chrome.zip to .output/.');
  const files = await readZip(path.join(output, zipName));
  const manifestBytes = files.get('manifest.json');
  if (!manifestBytes) throw new Error(`${zipName} holds no manifest.json.`);
  const problems = chromeStoreProblems({
    manifest: JSON.parse(manifestBytes.toString('utf8')) as Record<string, unknown>,
    file: (name) => files.get(name.replace(/^\//, '')),
  });
  for (const problem of problems) console.error(`Chrome Web Store: ${zipName}: ${problem}`);
  if (problems.length === 0)
    console.log(`Chrome Web Store: ${zipName}: name, description, version, icons 16/32/48/128 ok.`);
  return problems.length === 0;
}

const firefox = checkFirefox();
const chrome = await checkChrome();
process.exit(firefox && chrome ? 0 : 1);
