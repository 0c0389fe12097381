// Runs before `npm start` (plain Node: it must work before any dependency is installed). Installs
// what is missing, or stops with the exact command to run: a supported Node, the npm dependencies,
// and the system packages the sandbox needs (Debian's Chromium and openssl).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const fail = (message) => {
  console.error(`npm start: ${message}`);
  process.exit(1);
};
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status === 0;

// engines.node is ">=20.19"; older Nodes fail later with obscure module errors.
const wanted = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).engines.node;
const [major, minor] = process.versions.node.split('.').map(Number);
const [wantedMajor, wantedMinor] = /(\d+)\.(\d+)/.exec(wanted).slice(1).map(Number);
if (major < wantedMajor || (major === wantedMajor && minor < wantedMinor)) {
  fail(
    `Node ${process.versions.node} is too old: install Node ${wanted.replace('>=', '')} or newer (20 LTS).`,
  );
}

// The tools `npm start` itself calls; missing ones mean `npm install` has not run (or failed).
const tools = ['tsx', 'wxt'];
if (tools.some((tool) => !existsSync(path.join(root, 'node_modules/.bin', tool)))) {
  console.log('npm start: dependencies are missing; installing them with `npm install`…');
  if (!run('npm', ['install', '--no-audit', '--no-fund']))
    fail('`npm install` failed: fix the error above, then run `npm start` again.');
}

// Installs Chromium and openssl as root (CI), else prints the exact apt-get command and fails.
if (!run('bash', ['scripts/ensure-system-packages.sh'])) process.exit(1);
