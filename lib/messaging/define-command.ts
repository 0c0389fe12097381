import type { z } from 'zod';
import type { Portal } from '../hosts';

/**
 * Who may send a command. Extension pages (popup, options) are trusted with everything the user
 * can do; content scripts run inside vendor pages that we do not control, so each command opts in
 * to them explicitly.
 */
export type SenderContext = 'extension-page' | 'content-script';

export interface CommandDefinition<Name extends string, Req extends z.ZodType, Res extends z.ZodType> {
  readonly name: Name;
  readonly request: Req;
  readonly response: Res;
  readonly allowedFrom: readonly SenderContext[];
  /**
   * With 'content-script': the vendor portals whose pages may send it (WatchGuard commands from
   * WatchGuard portals, the role checker's from Manage hosts). None named = no page may (fail closed).
   */
  readonly portals?: readonly Portal[];
  /**
   * A read an extension page sends to show its state (when it opens, or on its own after a
   * background event), not a person's action: it does not count as use for the vault's auto-lock.
   */
  readonly passive?: boolean;
}

export function defineCommand<Name extends string, Req extends z.ZodType, Res extends z.ZodType>(
  definition: CommandDefinition<Name, Req, Res>,
): CommandDefinition<Name, Req, Res> {
  return definition;
}
