/**
 * Shared core of the local vendor simulators (tests, benchmarks, demo — never shipped). A vendor
 * simulator is routes + state + faults wrapped in one plain Node handler:
 *
 *   const router = new Router().get('/company/companies', (ctx) => json(200, rows));
 *   const faults = new FaultRegistry();
 *   const { handler, stats } = createSimulatorHandler({ router, faults, guard: checkAuth,
 *     faultResponse: (kind) => json(429, { error: 'ConnectWiseAPI', message: '…' }) });
 *   const sim = { handler, state, faults, stats };
 *
 *   // unit test / bench:   const server = await listen(sim.handler); … server.url … server.close()
 *   // E2E:                 vendorServer.handle('api-na.myconnectwise.net', sim.handler)
 *   // fault injection:     sim.faults.add({ route: 'GET /company/companies', kind: '429', times: 2, retryAfter: 1 })
 *
 * Data: `createRng(seed)` (deterministic), `uniqueCompanyNames(rng, n)` (diacritics, scripts,
 * legal suffixes), `personName`, `identifierFrom`. Tokens: `TokenStore` + `createSimClock`.
 */
export { defineSimulator, type Simulator, type SimulatorDefinition } from './define';
export {
  type FaultKind,
  FaultRegistry,
} from './faults';
export {
  header,
  isTls,
  json,
  parseBasicAuth,
  parseBearer,
  queryParam,
  requestOrigin,
  type SimResponse,
  text,
} from './http';
export { type Listening, listen } from './listen';
export { identifierFrom, personName, uniqueCompanyNames } from './names';
export { createRng, type Rng } from './prng';
export { type RouteContext, Router } from './router';
export { createSimulatorHandler } from './simulator';
export { type SparseRule, sparseRecord } from './sparse';
export { createSimClock, realSimClock, type SimClock, TokenStore } from './tokens';
