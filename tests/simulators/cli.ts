/**
 * Standalone vendor simulators for manual testing and demos:
 *
 *   npm run simulators                                   # every simulator, any free ports
 *   npx tsx tests/simulators/cli.ts --only watchguard --size 20000
 *   npx tsx tests/simulators/cli.ts --only cw-rmm,watchguard --port 4010 --seed 7
 *   npx tsx tests/simulators/cli.ts --list
 *
 * Prints each server's address, the real hosts it stands in for and the credentials its seeded
 * data set accepts. Ctrl-C stops them. Clients reach them over http, so use the clients' test
 * option (`allowInsecureHttp`); the browser tests serve them at the real hostnames instead.
 */
import { parseArgs } from 'node:util';
import { discoverSimulators } from './discover';
import { startSimulators, stopSimulators } from './start';

const USAGE = `Usage: tsx tests/simulators/cli.ts [--only a,b] [--size N] [--seed N] [--port N] [--host H] [--list]`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      size: { type: 'string' },
      seed: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      list: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const definitions = await discoverSimulators();
  if (values.list) {
    for (const definition of definitions) console.log(`${definition.name}\t${definition.hosts.join(', ')}`);
    return 0;
  }
  const number = (name: 'size' | 'seed' | 'port'): number | undefined => {
    const raw = values[name];
    if (raw === undefined) return undefined;
    if (!/^\d+$/.test(raw)) throw new Error(`--${name} must be a whole number (got "${raw}").`);
    return Number(raw);
  };
  const size = number('size');
  const seed = number('seed');
  const port = number('port');
  const running = await startSimulators(definitions, {
    ...(values.only
      ? {
          only: values.only
            .split(',')
            .map((name) => name.trim())
            .filter(Boolean),
        }
      : {}),
    ...(size !== undefined ? { size } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(port !== undefined ? { port } : {}),
    ...(values.host ? { host: values.host } : {}),
  });
  for (const { definition, server, description } of running) {
    console.log(`\n${definition.name}  ${server.url}  (stands in for ${definition.hosts.join(', ')})`);
    if (description) console.log(description.replace(/^/gm, '  '));
  }
  console.log('\nSimulators running. Press Ctrl-C to stop.');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await stopSimulators(running);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    console.error(USAGE);
    process.exit(2);
  },
);
