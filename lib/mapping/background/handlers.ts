import type { Commands, Handlers } from '../../messaging';
import type { MappingService } from './service';

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

/** The background side of the mapping commands; the router has checked sender and schema. */
export function mappingHandlers(service: MappingService): Required<Pick<Handlers<Commands>, MappingCommand>> {
  return {
    mappingConnections: async () => ({ connections: await service.connections() }),
    mappingPairView: ({ pair, query, refresh }) => service.view(pair, query, refresh),
    mappingTargets: async ({ pair, search, limit }) => ({
      targets: await service.targets(pair, search, limit),
    }),
    mappingApplyAction: ({ pair, action }) => service.act(pair, action),
    mappingUndo: ({ pair }) => service.undo(pair),
    mappingExport: ({ pair, format }) => service.exportFile(pair, format),
    mappingImportPreview: ({ pair, fileName, content }) => service.previewImport(pair, fileName, content),
    mappingImportApply: ({ pair, fileName, content, digest }) =>
      service.applyImport(pair, fileName, content, digest),
    mappingSaveSettings: ({ pair, settings }) => service.saveSettings(pair, settings),
  };
}
