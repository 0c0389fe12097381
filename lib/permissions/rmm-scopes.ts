/**
 * ConnectWise RMM (Asio) API-key scopes, so an integration's scope list can be checked against
 * what exists. `inSpec`: the scope appears in the RMM OpenAPI specification we hold
 * (reference/specs/connectwise-rmm/asio-openapi.yml); the others are named only in the research
 * notes (vendor-apis.md §3.2, from public API clients) and in vendor guides.
 * Runs in: anywhere (pure data).
 */
export interface RmmScope {
  scope: string;
  inSpec: boolean;
}

const spec = (scope: string): RmmScope => ({ scope, inSpec: true });
const notes = (scope: string): RmmScope => ({ scope, inSpec: false });

export const RMM_SCOPES: readonly RmmScope[] = [
  notes('platform.agent.read'),
  notes('platform.agent.delete'),
  spec('platform.asset.read'),
  spec('platform.automation.create'),
  spec('platform.automation.read'),
  spec('platform.companies.read'),
  spec('platform.custom_fields_definitions.read'),
  spec('platform.custom_fields_definitions.write'),
  spec('platform.custom_fields_values.read'),
  spec('platform.custom_fields_values.write'),
  spec('platform.dataMapping.create'),
  spec('platform.dataMapping.delete'),
  spec('platform.dataMapping.read'),
  spec('platform.dataMapping.update'),
  spec('platform.deviceGroups.read'),
  spec('platform.devices.read'),
  notes('platform.devices.write'),
  spec('platform.patching.read'),
  spec('platform.policies.read'),
  spec('platform.sites.read'),
  spec('platform.sites.write'),
  notes('platform.tickets.create'),
  notes('platform.tickets.read'),
  notes('platform.tickets.update'),
];

const byScope = new Map(RMM_SCOPES.map((entry) => [entry.scope, entry]));

export function findRmmScope(scope: string): RmmScope | undefined {
  return byScope.get(scope);
}
