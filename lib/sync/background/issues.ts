import type { EntityNote } from '../../db/entities';
import type { SyncIssue } from '../../db/records';
import { VENDOR_LABELS } from '../../vendor-ids';
import type { EntitySource, SourceEntity } from './source';

/**
 * Drops what cannot be stored from one page: entities without an id, and repeats of an id
 * within the page (the first copy wins, as the vendor listed it first). Each drop is an issue.
 */
export function cleanPage(
  entities: readonly SourceEntity[],
  source: EntitySource,
): { entities: SourceEntity[]; issues: SyncIssue[]; duplicates: number } {
  const byId = new Map<string, SourceEntity>();
  const issues: SyncIssue[] = [];
  let duplicates = 0;
  for (const entity of entities) {
    const vendorId = entity.vendorId.trim();
    if (!vendorId) {
      issues.push(
        issue(
          source,
          'missing-id',
          '',
          `${who(source)} sent a ${source.noun} without an id ("${entity.name.trim()}"); it was skipped.`,
        ),
      );
      continue;
    }
    const first = byId.get(vendorId);
    if (first) {
      duplicates++;
      const names =
        first.name.trim() === entity.name.trim()
          ? ''
          : ` ("${first.name.trim()}" and "${entity.name.trim()}")`;
      issues.push(
        issue(
          source,
          'duplicate-id',
          vendorId,
          `${who(source)} sent ${source.noun} ${vendorId} twice in one response${names}; the first was kept.`,
        ),
      );
      continue;
    }
    byId.set(vendorId, vendorId === entity.vendorId ? entity : { ...entity, vendorId });
  }
  return { entities: [...byId.values()], issues, duplicates };
}

/** The issue a store note stands for. */
export function issueOfNote(note: EntityNote, source: EntitySource): SyncIssue {
  const subject = `${source.noun} ${note.vendorId}`;
  switch (note.note) {
    case 'seen-earlier':
      return issue(
        source,
        'duplicate-id',
        note.vendorId,
        `${who(source)} sent ${subject} again later in this sync; the first copy was kept.`,
      );
    case 'unreadable-replaced':
      return issue(
        source,
        'unreadable-record',
        note.vendorId,
        `The stored record of ${subject} was damaged; it was replaced with what ${who(source)} sent.`,
      );
    case 'unnamed':
      return issue(
        source,
        'empty-name',
        note.vendorId,
        note.handling === 'kept-stored-name'
          ? `${who(source)} sent ${subject} without a name; the stored name "${note.storedName}" was kept.`
          : `${who(source)} sent ${subject} without a name; it is listed under its id and will not be matched automatically.`,
      );
  }
}

function who(source: EntitySource): string {
  return VENDOR_LABELS[source.vendor];
}

function issue(source: EntitySource, kind: SyncIssue['kind'], vendorId: string, message: string): SyncIssue {
  return { kind, entityKind: source.kind, vendorId, message };
}
