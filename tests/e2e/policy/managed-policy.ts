/**
 * Organization policy for a real Chromium: Debian's Chromium reads machine-wide policy files from
 * /etc/chromium/policies/managed/*.json, an extension's own under "3rdparty" → "extensions" → id.
 * Other specs and other people's Chromium run on this machine at the same time and read that
 * folder too, so every test gets an extension id nobody else uses: a copy of the build whose
 * manifest carries a fresh public key (the id follows from it), and a policy file of its own,
 * removed when the test ends, pass or fail.
 */
import { createHash, generateKeyPairSync } from 'node:crypto';
import {
  accessSync,
  constants,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extensionDir } from '../support/launch';
import { isRunning } from '../support/process-alive';

/** Debian's Chromium; another browser reads elsewhere (Google Chrome: /etc/opt/chrome/policies/managed). */
const POLICY_FOLDER = process.env.MPC_CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';
const FILE_PREFIX = 'mpc-e2e-';

/** Why policy specs cannot run here (one line), or null when they can. */
export function policyFolderProblem(): string | null {
  try {
    mkdirSync(POLICY_FOLDER, { recursive: true });
    accessSync(POLICY_FOLDER, constants.W_OK);
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return `Organization-policy specs skipped: they must write Chromium's policy folder ${POLICY_FOLDER} (${code}); run them as root, as CI does.`;
  }
}

/** Chrome's id of an extension with this public key: the SHA-256 of its DER form, first 32 hex digits, 0-f spelt a-p. */
function extensionIdOf(publicKeyDer: Buffer): string {
  const hex = createHash('sha256').update(publicKeyDer).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

export interface PolicyTarget {
  /** The copy of the build Chromium loads. */
  extensionPath: string;
  /** Its id, which the policy file names. */
  id: string;
  /** Deletes the policy file and the copy. Safe to call twice. */
  remove(): void;
}

/** A copy of the build with an id of its own, and a policy file for exactly that id. */
export function writePolicyFor(policy: Record<string, unknown>): PolicyTarget {
  const root = mkdtempSync(path.join(tmpdir(), 'mpc-policy-'));
  const extensionPath = path.join(root, 'extension');
  cpSync(extensionDir, extensionPath, { recursive: true });
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const manifestPath = path.join(extensionPath, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, key: der.toString('base64') }));
  const id = extensionIdOf(der);

  // Written aside and renamed in, so no Chromium ever reads half a file.
  const file = path.join(POLICY_FOLDER, `${FILE_PREFIX}${process.pid}-${id}.json`);
  const partial = path.join(POLICY_FOLDER, `.${FILE_PREFIX}${process.pid}-${id}.partial`);
  writeFileSync(partial, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
  renameSync(partial, file);
  return {
    extensionPath,
    id,
    remove() {
      rmSync(file, { force: true });
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Files left by a test process that died before its teardown (they name ids nobody uses). */
export function removeFilesOfDeadRuns(): void {
  for (const name of readdirSync(POLICY_FOLDER)) {
    const pid = Number(new RegExp(`^\\.?${FILE_PREFIX}(\\d+)-`).exec(name)?.[1]);
    if (pid && !isRunning(pid)) rmSync(path.join(POLICY_FOLDER, name), { force: true });
  }
}
