export { sendCommand } from './client';
export { type Commands, commandLists, commands } from './commands';
export { type CommandDefinition, defineCommand } from './define-command';
export { CommandError } from './errors';
export type { Transport } from './exchange';
export type { Result } from './result';
export { createRouter, type HandlerMap, type Handlers } from './router';
export type { SenderInfo } from './sender';
