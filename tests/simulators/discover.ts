/**
 * Finds every vendor simulator: a folder under tests/simulators/ whose `index.ts` exports
 * `simulatorDefinition` (see core/define.ts). A new simulator needs no registration anywhere.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SimulatorDefinition } from './core';

const SIMULATORS_DIR = import.meta.dirname;

export async function discoverSimulators(dir = SIMULATORS_DIR): Promise<SimulatorDefinition[]> {
  const found: SimulatorDefinition[] = [];
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'core')
    .map((entry) => entry.name)
    .sort();
  for (const folder of folders) {
    const index = path.join(dir, folder, 'index.ts');
    if (!existsSync(index)) continue;
    const module = (await import(pathToFileURL(index).href)) as { simulatorDefinition?: SimulatorDefinition };
    if (module.simulatorDefinition) found.push(module.simulatorDefinition);
  }
  return found;
}
