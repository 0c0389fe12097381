import type { z } from 'zod';
import type { CommandDefinition } from './define-command';
import { requestEnvelopeSchema } from './envelope';
import { CommandError } from './errors';
import { failure, type Result } from './result';
import { classifySender, type SenderInfo, type SenderPolicy, senderPortal } from './sender';

// biome-ignore lint/suspicious/noExplicitAny: a registry holds commands of every shape.
type AnyCommand = CommandDefinition<string, any, any>;

export type HandlerContext = { sender: SenderInfo; context: 'extension-page' | 'content-script' };

export type Handler<C extends AnyCommand> = (
  payload: z.infer<C['request']>,
  context: HandlerContext,
) => Promise<z.input<C['response']>> | z.input<C['response']>;

/** Some of a registry's handlers: what one feature contributes, or a test's router. */
export type Handlers<Registry extends Record<string, AnyCommand>> = {
  [K in keyof Registry]?: Handler<Registry[K]>;
};

/** A handler for every command of the registry: the background's map, so an unwired command is a type error. */
export type HandlerMap<Registry extends Record<string, AnyCommand>> = {
  [K in keyof Registry]-?: Handler<Registry[K]>;
};

/**
 * The background's single entry for messages. It fails closed at each step: unknown command,
 * untrusted sender, a payload that breaks the schema, a handler that throws or answers off-schema
 * all become a typed error; nothing reaches a handler unchecked.
 */
export interface RouterHooks {
  /**
   * A person did something in an extension page (any of its commands that is not `passive`);
   * the vault's auto-lock counts idle time from here. Content scripts and background work never
   * call it. Its failure does not stop the command.
   */
  onPersonActivity?: () => Promise<void>;
}

export function createRouter<Registry extends Record<string, AnyCommand>>(
  registry: Registry,
  handlers: Handlers<Registry>,
  policy: SenderPolicy,
  log: (message: string) => void = () => {},
  hooks: RouterHooks = {},
) {
  return async function route(message: unknown, sender: SenderInfo): Promise<Result<unknown>> {
    const envelope = requestEnvelopeSchema.safeParse(message);
    if (!envelope.success) return failure('invalid-request', 'The message is not a command envelope.');
    const { command: name, payload } = envelope.data;

    const command = Object.hasOwn(registry, name) ? registry[name] : undefined;
    const handler = Object.hasOwn(handlers, name) ? handlers[name as keyof Registry] : undefined;
    if (!command || !handler) return failure('unknown-command', `Unknown command "${name}".`);

    const context = classifySender(sender, policy);
    if (!context || !command.allowedFrom.includes(context)) {
      log(`refused "${name}" from ${context ?? 'an untrusted sender'}`);
      return failure('forbidden-sender', `"${name}" cannot be sent from ${context ?? 'this sender'}.`);
    }
    if (context === 'content-script') {
      const portal = senderPortal(sender, policy);
      if (!portal || !command.portals?.includes(portal)) {
        log(`refused "${name}" from the ${portal ?? 'unknown'} portal`);
        return failure('forbidden-sender', `"${name}" cannot be sent from this portal.`);
      }
    }

    const request = command.request.safeParse(payload);
    if (!request.success) {
      return failure('invalid-request', `"${name}" request: ${describeIssues(request.error)}`);
    }

    if (context === 'extension-page' && !command.passive) {
      await hooks.onPersonActivity?.().catch(() => log('recording activity failed'));
    }

    let answer: unknown;
    try {
      answer = await handler(request.data, { sender, context });
    } catch (error) {
      if (error instanceof CommandError) return failure('handler-failed', error.message, error.detail);
      // An unexpected error's text may carry a URL or header: log its kind only.
      log(`"${name}" failed: ${error instanceof Error ? error.name : typeof error}`);
      return failure('handler-failed', `"${name}" failed unexpectedly.`);
    }

    const response = command.response.safeParse(answer);
    if (!response.success) {
      return failure('invalid-response', `"${name}" response: ${describeIssues(response.error)}`);
    }
    return { ok: true, data: response.data };
  };
}

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}
