import { existsSync } from 'node:fs';

/** Where Debian's Chromium lives unless CHROMIUM_PATH says otherwise. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean) as string[];
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

export const CHROMIUM_MISSING_MESSAGE =
  'Chromium not found: install it with `sudo apt-get update && sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary.';
