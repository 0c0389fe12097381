export { sendCommand, type Transport } from './client';
export { type Commands, commandLists, commands } from './commands';
export { type CommandDefinition, defineCommand } from './define-command';
export type { Result } from './envelope';
export { CommandError } from './errors';
export { createRouter, type HandlerMap, type Handlers } from './router';
export type { SenderInfo } from './sender';
