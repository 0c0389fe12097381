import { browser } from 'wxt/browser';
import type { z } from 'zod';
// Straight from the modules, not '../messaging': its index carries the whole command catalogue,
// which the role checker's lazily loaded script (a content script) must not pay for.
import { sendCommand } from '../messaging/client';
import type { CommandDefinition } from '../messaging/define-command';
import type { Result } from '../messaging/result';

/** Sends a command to the background from an extension page or a content script. */
export function callBackground<Req extends z.ZodType, Res extends z.ZodType>(
  command: CommandDefinition<string, Req, Res>,
  payload: z.input<Req>,
): Promise<Result<z.infer<Res>>> {
  return sendCommand((message) => browser.runtime.sendMessage(message), command, payload);
}
