/**
 * Vendor client overhead: list 20,000 ConnectWise Manage companies from the local simulator
 * through the client (retry wrapper, Link paging, zod parsing of every record) and with a bare
 * `fetch` loop over the very same pages, in the same run, interleaved so both see the same
 * machine load. The target is issue #17's: client overhead at most 10% of the bare loop.
 */
import { createCwManageClient } from '../lib/vendors/cw-manage';
import { parseLinkHeader } from '../lib/vendors/http';
import { listen } from '../tests/simulators/core';
import { createManageSimulator } from '../tests/simulators/cw-manage';
import { defineSuite, median, round } from './harness';

const COMPANIES = 20_000;
const ROUNDS = 9;

async function measureOverhead() {
  const sim = createManageSimulator({ companies: COMPANIES });
  const server = await listen(sim.handler);
  try {
    const { data } = sim.state;
    const member = data.apiMembers.integration;
    const config = {
      site: server.url,
      companyId: data.companyId,
      publicKey: member.publicKey,
      privateKey: member.privateKey,
      clientId: data.clientIds[0]!,
      codebase: data.codebase,
    };
    const headers = {
      Authorization: `Basic ${Buffer.from(`${config.companyId}+${member.publicKey}:${member.privateKey}`).toString('base64')}`,
      clientId: config.clientId,
      Accept: 'application/vnd.connectwise.com+json; version=2025.1',
      'pagination-type': 'forward-only',
    };

    async function viaClient(): Promise<number> {
      const manage = createCwManageClient(config, { allowInsecureHttp: true });
      let count = 0;
      for await (const page of manage.companyPages({ pageSize: 1000 })) count += page.length;
      return count;
    }

    async function viaBareFetch(): Promise<number> {
      let url: string | undefined = `${server.url}/${data.codebase}apis/3.0/company/companies?pageSize=1000`;
      let count = 0;
      while (url) {
        const response: Response = await fetch(url, { headers });
        const page = (await response.json()) as unknown[];
        count += page.length;
        url = page.length > 0 ? parseLinkHeader(response.headers.get('link')).next : undefined;
      }
      return count;
    }

    const timed = async (run: () => Promise<number>) => {
      const start = performance.now();
      const count = await run();
      if (count !== COMPANIES) throw new Error(`listed ${count} companies, expected ${COMPANIES}`);
      return performance.now() - start;
    };

    await timed(viaClient);
    await timed(viaBareFetch);
    sim.stats.reset();
    const client: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      // Alternate who goes first so neither always runs on a warmer process.
      if (i % 2 === 0) {
        client.push(await timed(viaClient));
        bare.push(await timed(viaBareFetch));
      } else {
        bare.push(await timed(viaBareFetch));
        client.push(await timed(viaClient));
      }
    }
    const clientMs = median(client);
    const bareMs = median(bare);
    return {
      companies: COMPANIES,
      requestsPerList: sim.stats.count('GET /company/companies') / (ROUNDS * 2),
      clientMedianMs: round(clientMs, 1),
      bareFetchMedianMs: round(bareMs, 1),
      overheadPct: round(((clientMs - bareMs) / bareMs) * 100, 1),
    };
  } finally {
    await server.close();
  }
}

export default defineSuite({
  name: 'vendors',
  cases: [
    {
      name: 'list 20,000 ConnectWise Manage companies: client vs bare fetch over the same pages',
      measure: measureOverhead,
      target: {
        description: 'client overhead <= 10% of the bare fetch loop',
        met: (metrics) => Number(metrics.overheadPct) <= 10,
      },
    },
  ],
});
