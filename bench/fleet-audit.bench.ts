/**
 * The tenant-wide API-member audit (issue #21): 300 API members over 40 distinct security roles,
 * audited through the real Manage client against the local simulator over HTTPS (a throw-away
 * certificate, as the browser tests' vendor server uses), beside a bare `fetch` of the very same
 * requests (members, role list, each role's settings once) in the same run. Reports requests and
 * time; fails if the audit reads any role twice or sends more requests than the bare baseline.
 */
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { auditFleet } from '../lib/api-members/background/fleet-audit';
import { fleetReader } from '../lib/api-members/background/reader';
import { manageProfiles } from '../lib/permissions/catalogue';
import { createCwManageClient } from '../lib/vendors/cw-manage';
import { parseLinkHeader } from '../lib/vendors/http';
import { createThrowawayCertificate } from '../tests/e2e/support/certificate';
import { createManageSimulator, roleFor } from '../tests/simulators/cw-manage';
import { countingRoleReads } from '../tests/unit/support/fleet-reader';
import { defineSuite, median, round } from './harness';

const MEMBERS = 300;
const ROLES = 40;
const ROUNDS = 7;
const ROLE_SETTINGS = 'GET /system/securityroles/:id/settings';

async function measure() {
  const sim = createManageSimulator({ companies: 10, requireTls: true });
  const { data } = sim.state;
  // 40 roles, each the least-privilege role of one or two catalogue profiles; 300 members over them.
  const tags: Record<string, string[]> = {};
  const profiles = manageProfiles.map((profile) => profile.id);
  const firstId = 100;
  for (let index = 0; index < ROLES; index++) {
    const picked = [
      profiles[index % profiles.length]!,
      ...(index >= profiles.length ? [profiles[(index * 7) % profiles.length]!] : []),
    ];
    data.roles.push(roleFor(firstId + index, `Bench role ${index}`, [...new Set(picked)]));
  }
  sim.state.apiMemberDirectory = Array.from({ length: MEMBERS }, (_, index) => {
    const role = data.roles.find((candidate) => candidate.id === firstId + (index % ROLES))!;
    tags[String(5000 + index)] = [profiles[(index % ROLES) % profiles.length]!];
    return {
      id: 5000 + index,
      identifier: `Bench${index}`,
      name: `Bench member ${index}`,
      securityRole: { id: role.id, name: role.name },
      securityLocation: { id: 1, name: 'Headquarters' },
      defaultLocation: { id: 1, name: 'Headquarters' },
      inactiveFlag: false,
    };
  });

  const server = createServer(createThrowawayCertificate(), sim.handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const site = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The throw-away certificate is trusted for this bench only (restored below).
  const previousTls = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  try {
    const member = data.apiMembers.integration;
    const config = {
      site,
      companyId: data.companyId,
      publicKey: member.publicKey,
      privateKey: member.privateKey,
      clientId: data.clientIds[0]!,
      codebase: data.codebase,
      // An on-premise-style server: the API on the site's own origin, not an `api-` host.
      apiUrl: site,
    };
    const api = `${site}/${data.codebase}apis/3.0`;
    const headers = {
      Authorization: `Basic ${Buffer.from(`${config.companyId}+${member.publicKey}:${member.privateKey}`).toString('base64')}`,
      clientId: config.clientId,
      Accept: 'application/vnd.connectwise.com+json; version=2025.1',
    };
    const roleIds = [...new Set(sim.state.apiMemberDirectory.map((entry) => entry.securityRole!.id!))];

    let maxReadsPerRole = 0;
    async function viaAudit(): Promise<number> {
      const { reader, reads } = countingRoleReads(fleetReader(createCwManageClient(config)));
      const result = await auditFleet(reader, tags);
      maxReadsPerRole = Math.max(maxReadsPerRole, ...reads.values());
      if (result.members.length !== MEMBERS) throw new Error(`audited ${result.members.length} members`);
      return result.requests;
    }

    /** The same requests, four at a time like the audit, with no parsing beyond JSON. */
    async function viaBareFetch(): Promise<number> {
      let requests = 0;
      const getAll = async (path: string) => {
        let url: string | undefined = `${api}${path}?pageSize=1000&page=1`;
        while (url) {
          const response: Response = await fetch(url, { headers });
          requests += 1;
          const page = (await response.json()) as unknown[];
          url = page.length > 0 ? parseLinkHeader(response.headers.get('link')).next : undefined;
          if (url && !url.startsWith('http')) url = `${site}${url}`;
        }
      };
      await getAll('/system/apiMembers');
      await getAll('/system/securityRoles');
      const queue = [...roleIds];
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          for (let id = queue.shift(); id !== undefined; id = queue.shift())
            await getAll(`/system/securityRoles/${id}/settings`);
        }),
      );
      return requests;
    }

    const timed = async (run: () => Promise<number>) => {
      const start = performance.now();
      const requests = await run();
      return { ms: performance.now() - start, requests };
    };
    await timed(viaAudit);
    await timed(viaBareFetch);
    sim.stats.reset();
    const audit: { ms: number; requests: number }[] = [];
    const bare: { ms: number; requests: number }[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      if (i % 2 === 0) {
        audit.push(await timed(viaAudit));
        bare.push(await timed(viaBareFetch));
      } else {
        bare.push(await timed(viaBareFetch));
        audit.push(await timed(viaAudit));
      }
    }
    const auditMs = median(audit.map((entry) => entry.ms));
    const bareMs = median(bare.map((entry) => entry.ms));
    return {
      members: MEMBERS,
      roles: ROLES,
      auditRequests: audit[0]!.requests,
      bareRequests: bare[0]!.requests,
      roleSettingsReadsPerAudit: sim.stats.count(ROLE_SETTINGS) / (ROUNDS * 2),
      maxReadsPerRole,
      auditMedianMs: round(auditMs, 1),
      bareFetchMedianMs: round(bareMs, 1),
      overheadPct: round(((auditMs - bareMs) / bareMs) * 100, 1),
    };
  } finally {
    if (previousTls === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    else process.env.NODE_TLS_REJECT_UNAUTHORIZED = previousTls;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

export default defineSuite({
  name: 'fleet-audit',
  cases: [
    {
      name: 'audit 300 API members over 40 roles (HTTPS simulator): audit vs bare fetch of the same requests',
      measure,
      target: {
        description:
          'no role read twice; no more requests than the bare baseline (members, role list, one per role)',
        met: (metrics) =>
          Number(metrics.maxReadsPerRole) === 1 &&
          Number(metrics.auditRequests) <= Number(metrics.bareRequests) &&
          Number(metrics.roleSettingsReadsPerAudit) === ROLES,
      },
    },
  ],
});
