import { z } from 'zod';
import { defineCommand } from '../messaging/define-command';
import { MAX_FILE_CHARS } from './mapping-file';
import {
  connectionPairSchema,
  connectionSummarySchema,
  importPreviewSchema,
  mappingActionSchema,
  pageSchema,
  viewQuerySchema,
} from './schemas';
import { mappingSettingsSchema } from './settings';

const pairOnly = z.object({ pair: connectionPairSchema }).strict();
const summarySchema = z.object({ summary: z.string() });
const fileSchema = z.object({
  fileName: z.string().min(1).max(255),
  content: z.string().max(MAX_FILE_CHARS, 'The file is too large.'),
});

/**
 * The Options → Mappings screen's commands. Extension pages only: mappings are the MSP's
 * customer list, and content scripts run inside vendor pages.
 */
export const mappingCommands = {
  /** Connections that can be paired (until connections and sync land: those with entities). */
  mappingConnections: defineCommand({
    name: 'mappingConnections',
    request: z.object({}).strict(),
    response: z.object({ connections: z.array(connectionSummarySchema) }),
    allowedFrom: ['extension-page'],
    passive: true,
  }),
  /** One page of the table. `refresh` re-reads entities (after a sync) instead of the cached ones. */
  mappingPairView: defineCommand({
    name: 'mappingPairView',
    request: z
      .object({ pair: connectionPairSchema, query: viewQuerySchema, refresh: z.boolean().default(false) })
      .strict(),
    response: z.object({ page: pageSchema, settings: mappingSettingsSchema }),
    allowedFrom: ['extension-page'],
    passive: true,
  }),
  /** Right-hand entities for the "map to…" picker. */
  mappingTargets: defineCommand({
    name: 'mappingTargets',
    request: z
      .object({
        pair: connectionPairSchema,
        search: z.string().max(200),
        limit: z.number().int().min(1).max(50).default(20),
      })
      .strict(),
    response: z.object({
      targets: z.array(
        z.object({ key: z.string(), vendorId: z.string(), name: z.string(), mappedTo: z.array(z.string()) }),
      ),
    }),
    allowedFrom: ['extension-page'],
    passive: true,
  }),
  /** Accept, reject, reassign, unmap or accept all; one undoable step. */
  mappingApplyAction: defineCommand({
    name: 'mappingApplyAction',
    request: z.object({ pair: connectionPairSchema, action: mappingActionSchema }).strict(),
    response: summarySchema,
    allowedFrom: ['extension-page'],
  }),
  mappingUndo: defineCommand({
    name: 'mappingUndo',
    request: pairOnly,
    response: summarySchema,
    allowedFrom: ['extension-page'],
  }),
  mappingExport: defineCommand({
    name: 'mappingExport',
    request: z.object({ pair: connectionPairSchema, format: z.enum(['csv', 'json']) }).strict(),
    response: z.object({ fileName: z.string(), mimeType: z.string(), content: z.string() }),
    allowedFrom: ['extension-page'],
  }),
  /** What importing a file would change; changes nothing. */
  mappingImportPreview: defineCommand({
    name: 'mappingImportPreview',
    request: fileSchema.extend({ pair: connectionPairSchema }).strict(),
    response: importPreviewSchema,
    allowedFrom: ['extension-page'],
  }),
  /** Applies the previewed import; refused if the preview's digest no longer matches. */
  mappingImportApply: defineCommand({
    name: 'mappingImportApply',
    request: fileSchema.extend({ pair: connectionPairSchema, digest: z.string().min(1) }).strict(),
    response: summarySchema,
    allowedFrom: ['extension-page'],
  }),
  mappingSaveSettings: defineCommand({
    name: 'mappingSaveSettings',
    request: z.object({ pair: connectionPairSchema, settings: mappingSettingsSchema }).strict(),
    response: z.object({ settings: mappingSettingsSchema }),
    allowedFrom: ['extension-page'],
  }),
} as const;
