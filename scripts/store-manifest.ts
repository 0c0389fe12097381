/**
 * What the Chrome Web Store requires of a package's manifest, as a check that names every
 * problem (Chrome's manifest reference, checked 2026-12-01: name at most 75 characters,
 * description plain text of at most 132, version one to four dot-separated integers of 0-65535
 * without leading zeros; the store's listing needs the 128 px icon, and 16/32/48 px are the
 * sizes Chrome shows in the toolbar, the menu and chrome://extensions).
 * https://developer.chrome.com/docs/extensions/reference/manifest/description
 * https://developer.chrome.com/docs/extensions/reference/manifest/version
 * https://developer.chrome.com/docs/extensions/reference/manifest/icons
 */

export const REQUIRED_ICON_SIZES = [16, 32, 48, 128] as const;

export interface PackageFiles {
  manifest: Record<string, unknown>;
  /** Bytes of a file in the package, or undefined when it is not there. */
  file: (path: string) => Uint8Array | undefined;
}

const VERSION_PART = /^(0|[1-9]\d{0,4})$/;

/** Width and height of a PNG (from its IHDR chunk), or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, index) => bytes[index] !== byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Every problem the store would raise with this package's manifest; empty when it is ready. */
export function chromeStoreProblems({ manifest, file }: PackageFiles): string[] {
  const problems: string[] = [];
  const { name, description, version, icons } = manifest;

  if (typeof name !== 'string' || name.trim() === '') problems.push('name is missing.');
  else if (name.length > 75) problems.push(`name has ${name.length} characters; the store allows 75.`);

  if (typeof description !== 'string' || description.trim() === '') problems.push('description is missing.');
  else if (description.length > 132) {
    problems.push(`description has ${description.length} characters; the store allows 132.`);
  } else if (/<[a-z/]/i.test(description)) problems.push('description must be plain text (it holds markup).');

  if (typeof version !== 'string') problems.push('version is missing.');
  else {
    const parts = version.split('.');
    const numbers = parts.every((part) => VERSION_PART.test(part) && Number(part) <= 65535);
    if (parts.length > 4 || !numbers) {
      problems.push(`version "${version}" is not one to four dot-separated integers of 0 to 65535.`);
    }
  }

  const declared = icons && typeof icons === 'object' ? (icons as Record<string, unknown>) : {};
  for (const size of REQUIRED_ICON_SIZES) {
    const path = declared[String(size)];
    if (typeof path !== 'string') {
      problems.push(`icons["${size}"] is missing.`);
      continue;
    }
    const bytes = file(path);
    const found = bytes ? pngSize(bytes) : null;
    if (!bytes) problems.push(`icons["${size}"] names ${path}, which is not in the package.`);
    else if (!found) problems.push(`icons["${size}"] (${path}) is not a PNG.`);
    else if (found.width !== size || found.height !== size) {
      problems.push(`icons["${size}"] (${path}) is ${found.width}×${found.height}, not ${size}×${size}.`);
    }
  }
  return problems;
}
