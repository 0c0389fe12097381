/**
 * The ConnectWise RMM connection settings, as the WatchGuard ↔ ConnectWise RMM plug-in document
 * (seeds/000, "Enter the API information for ConnectWise RMM") lists them: Server URL, Client ID,
 * Client Secret and Records Per Request ("keep the default value of 500").
 */
import { z } from 'zod';
import { parseSettings } from '../http';

/** Records per request the plug-in document recommends keeping. */
export const DEFAULT_RECORDS_PER_REQUEST = 500;
/** The largest page we ask for; the server's own limit is not documented (vendor-apis.md §3.4). */
export const MAX_RECORDS_PER_REQUEST = 1000;

const required = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { message: `${what} is empty.` });

export const cwRmmConnectionSchema = z.object({
  serverUrl: required('The Server URL'),
  clientId: required('The Client ID'),
  /** Secret. */
  clientSecret: z.string().min(1, { message: 'The Client Secret is empty.' }),
  recordsPerRequest: z.coerce
    .number({ message: 'Records Per Request must be a number.' })
    .int({ message: 'Records Per Request must be a whole number.' })
    .min(1, { message: `Records Per Request must be between 1 and ${MAX_RECORDS_PER_REQUEST}.` })
    .max(MAX_RECORDS_PER_REQUEST, {
      message: `Records Per Request must be between 1 and ${MAX_RECORDS_PER_REQUEST}.`,
    })
    .default(DEFAULT_RECORDS_PER_REQUEST),
});
export type CwRmmConnection = z.infer<typeof cwRmmConnectionSchema>;

/**
 * What the door (`vendorConnectionSchema`) accepts: loose, so an empty or missing field comes
 * back from `parseCwRmmConnection` as a typed error naming it.
 */
export const cwRmmConnectionInputSchema = z.object({
  serverUrl: z.string().optional(),
  clientId: z.string().optional(),
  clientSecret: z.string().optional(),
  recordsPerRequest: z.union([z.number(), z.string()]).optional(),
});
export type CwRmmConnectionInput = z.infer<typeof cwRmmConnectionInputSchema>;

export const CW_RMM_FIELD_LABELS: Record<keyof CwRmmConnection, string> = {
  serverUrl: 'Server URL',
  clientId: 'Client ID',
  clientSecret: 'Client Secret',
  recordsPerRequest: 'Records Per Request',
};

/** Validates settings; the error names the first bad field and never echoes a value. */
export function parseCwRmmConnection(input: unknown): CwRmmConnection {
  return parseSettings(
    {
      vendor: 'cw-rmm',
      schema: cwRmmConnectionSchema,
      labels: CW_RMM_FIELD_LABELS,
      nextStep: (field) =>
        field === 'recordsPerRequest'
          ? `Set Records Per Request to ${DEFAULT_RECORDS_PER_REQUEST}, the value the plug-in recommends.`
          : field === 'serverUrl'
            ? 'Enter the ConnectWise RMM server of your region, e.g. https://openapi.service.itsupport247.net.'
            : 'Copy the Client ID and Client Secret generated for the API key in ConnectWise RMM and save again.',
    },
    input,
  );
}
