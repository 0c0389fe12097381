import type { Commands, Handlers } from '../messaging';
import { CommandError } from '../messaging/errors';
import { type MappingService, MappingServiceError } from './service';

type MappingCommand =
  | 'mappingConnections'
  | 'mappingPairView'
  | 'mappingTargets'
  | 'mappingApplyAction'
  | 'mappingUndo'
  | 'mappingExport'
  | 'mappingImportPreview'
  | 'mappingImportApply'
  | 'mappingSaveSettings';

/**
 * The background side of the mapping commands; the router has checked sender and schema. A
 * service refusal becomes a CommandError, whose message the screen shows as is.
 */
export function mappingHandlers(service: MappingService): Required<Pick<Handlers<Commands>, MappingCommand>> {
  return {
    mappingConnections: async () => ({ connections: await service.connections() }),
    mappingPairView: ({ pair, query, refresh }) => shown(service.view(pair, query, refresh)),
    mappingTargets: async ({ pair, search, limit }) => ({
      targets: await shown(service.targets(pair, search, limit)),
    }),
    mappingApplyAction: ({ pair, action }) => shown(service.act(pair, action)),
    mappingUndo: ({ pair }) => shown(service.undo(pair)),
    mappingExport: ({ pair, format }) => shown(service.exportFile(pair, format)),
    mappingImportPreview: ({ pair, fileName, content }) =>
      shown(service.previewImport(pair, fileName, content)),
    mappingImportApply: ({ pair, fileName, content, digest }) =>
      shown(service.applyImport(pair, fileName, content, digest)),
    mappingSaveSettings: ({ pair, settings }) => shown(service.saveSettings(pair, settings)),
  };
}

async function shown<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof MappingServiceError) throw new CommandError(error.message, error.detail);
    throw error;
  }
}
