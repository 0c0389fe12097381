import { describe, expect, it } from 'vitest';
import { parseLinkHeader } from '../../../../lib/vendors/http';
import { createManageData } from '../../../simulators/cw-manage';
import { useManageSimulator } from './harness';

const env = useManageSimulator();

/** A raw call as the integration's API member, so the simulator's own rules can be checked. */
async function call(path: string, headers: Record<string, string> = {}) {
  const { data } = env.sim.state;
  const member = data.apiMembers.integration;
  const basic = Buffer.from(`${data.companyId}+${member.publicKey}:${member.privateKey}`).toString('base64');
  const response = await fetch(`${env.server.url}/${data.codebase}apis/3.0${path}`, {
    headers: { authorization: `Basic ${basic}`, clientId: data.clientIds[0]!, ...headers },
  });
  const text = await response.text();
  return {
    status: response.status,
    link: response.headers.get('link'),
    body: text ? JSON.parse(text) : undefined,
  };
}

describe('ConnectWise Manage simulator', () => {
  it('is deterministic per seed and scales to 20,000 companies', () => {
    const a = createManageData({ seed: 7, companies: 20_000 });
    const b = createManageData({ seed: 7, companies: 20_000 });
    expect(a.companies).toHaveLength(20_000);
    expect(a.companies.map((c) => c.name)).toEqual(b.companies.map((c) => c.name));
    expect(new Set(a.companies.map((c) => c.identifier.toLowerCase())).size).toBe(20_000);
    const ids = a.companies.map((c) => c.id);
    expect(ids).toEqual([...ids].sort((x, y) => x - y));
    expect(createManageData({ seed: 8, companies: 5 }).companies[0]?.name).not.toBe(a.companies[0]?.name);
  });

  it('sends first/prev/next/last links and leaves next out on the last page', async () => {
    const middle = await call('/company/companies?pageSize=10&page=3');
    expect(Object.keys(parseLinkHeader(middle.link))).toEqual(['first', 'prev', 'next', 'last']);
    expect(parseLinkHeader(middle.link).last).toContain('page=6');
    const last = await call('/company/companies?pageSize=10&page=6');
    expect(last.body).toHaveLength(3);
    expect(Object.keys(parseLinkHeader(last.link))).toEqual(['first', 'prev']);
  });

  it('defaults pageSize to 25 and refuses more than 1,000', async () => {
    expect((await call('/company/companies')).body).toHaveLength(25);
    expect((await call('/company/companies?pageSize=1001')).status).toBe(400);
    expect((await call('/company/companies?pageSize=ten')).status).toBe(400);
  });

  it('forward-only: links the next pageId, refuses orderBy, ends with an empty page', async () => {
    const forward = { 'pagination-type': 'forward-only' };
    const first = await call('/company/companies?pageSize=50', forward);
    const lastId = first.body.at(-1).id;
    expect(parseLinkHeader(first.link).next).toContain(`pageId=${lastId}`);
    const rest = await call(`/company/companies?pageSize=50&pageId=${lastId}`, forward);
    expect(rest.body).toHaveLength(3);
    const end = await call(`/company/companies?pageSize=50&pageId=${rest.body.at(-1).id}`, forward);
    expect(end.body).toEqual([]);
    expect(end.link).toBe('');
    expect((await call('/company/companies?orderBy=name', forward)).status).toBe(400);
  });

  it('searches arrays only with childConditions', async () => {
    expect((await call('/company/companies?conditions=types/name="Client"')).status).toBe(400);
    expect((await call('/company/companies?childConditions=status/name="Active"')).status).toBe(400);
    expect((await call('/company/companies?childConditions=types/name="Client"')).status).toBe(200);
    expect((await call('/company/companies?conditions=name=unquoted')).body.code).toBe('InvalidObject');
  });

  it('checks the clientId, the key pair and the Accept version', async () => {
    expect((await call('/system/info', { clientId: '' })).status).toBe(401);
    expect((await call('/system/info', { authorization: 'Basic Zm9vOmJhcg==' })).body.code).toBe(
      'Unauthorized',
    );
    const newer = { accept: 'application/vnd.connectwise.com+json; version=2099.1' };
    expect((await call('/system/info', newer)).status).toBe(406);
    const older = { accept: 'application/vnd.connectwise.com+json; version=2019.1' };
    expect((await call('/system/info', older)).status).toBe(200);
  });

  it('answers an unknown path with the JSON 404 and a wrong codebase with the web server 404', async () => {
    expect((await call('/company/nothing')).body.code).toBe('ConnectWiseApi');
    const wrong = await fetch(`${env.server.url}/v4_6_release/apis/3.0/system/info`);
    expect(wrong.status).toBe(404);
    expect(wrong.headers.get('content-type')).toContain('text/html');
  });
});
