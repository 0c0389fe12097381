/**
 * A mapping edit the store refused: a stale view, a broken invariant, a record that fails its
 * schema. The message is written for the technician and carries no secret, so it may be shown.
 */
export class MappingStoreError extends Error {
  override readonly name = 'MappingStoreError';
}
