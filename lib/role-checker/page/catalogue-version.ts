/** Set by the build (wxt.config.ts `vite.define`, which the tests' config loads too). */
declare const __MPC_CATALOGUE_VERSION__: string;

/**
 * Runs in: the role checker's page script. The catalogue version this build ships: stored data of
 * another version is stale (an update not yet written by the background) and is asked for again.
 * A build constant, so the script carries the version without the catalogue.
 */
export const SHIPPED_CATALOGUE_VERSION: string = __MPC_CATALOGUE_VERSION__;
