export { sendCommand, type Transport } from './client';
export { type Commands, commandLists, commands } from './commands';
export { type CommandDefinition, defineCommand, type SenderContext } from './define-command';
export { failure, type Result } from './envelope';
export { CommandError, type MessagingError, type MessagingErrorCode } from './errors';
export { createRouter, type Handler, type HandlerContext, type HandlerMap, type Handlers } from './router';
export { classifySender, type SenderInfo, type SenderPolicy } from './sender';
