import { browser } from 'wxt/browser';
import type { z } from 'zod';
import { type CommandDefinition, type Result, sendCommand } from '../messaging';

/** Sends a command to the background from an extension page or a content script. */
export function callBackground<Req extends z.ZodType, Res extends z.ZodType>(
  command: CommandDefinition<string, Req, Res>,
  payload: z.input<Req>,
): Promise<Result<z.infer<Res>>> {
  return sendCommand((message) => browser.runtime.sendMessage(message), command, payload);
}
