import type { IncomingMessage, ServerResponse } from 'node:http';
import { apiSettings } from '../../unit/role-checker/api-fixtures';
import type { RoleLevels } from '../../unit/role-checker/role-pages';
import { NA_CLOUD } from '../connections/manage-stub';
import type { VendorServer } from '../support/vendor-server';

export type StubRoles = Record<number, { name: string; levels: RoleLevels }>;

/**
 * Security roles on the Manage stub's API host (mount the stub itself first: its /system/info
 * handler keeps answering). `roles` is read at each request, so a spec can change what the server
 * holds, as an admin saving the role would. Paths are matched without case, as ConnectWise does
 * (the client writes both securityroles and securityRoles). `requests` lists the paths asked for.
 */
export function mountSecurityRoles(server: VendorServer, roles: StubRoles) {
  const requests: string[] = [];
  const system = `/${NA_CLOUD.codebase}apis/3.0/system/`;
  const prefix = `${system}securityroles`;
  server.handle(
    NA_CLOUD.apiHost,
    (req: IncomingMessage, res: ServerResponse) => {
      const path = new URL(req.url ?? '/', 'https://x').pathname.toLowerCase().slice(prefix.length);
      requests.push(path);
      const settingsOf = /^\/(\d+)\/settings$/.exec(path);
      const role = settingsOf ? roles[Number(settingsOf[1])] : undefined;
      const body =
        path === ''
          ? Object.entries(roles).map(([id, { name }]) => ({ id: Number(id), name }))
          : role
            ? apiSettings(role.levels)
            : null;
      res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body ?? { message: 'Not found' }));
    },
    { pathPrefix: system },
  );
  return { requests };
}
