import { z } from 'zod';

/**
 * The vendors the extension connects to, by one id everywhere (connections, vendor clients,
 * sync, messages) and the name a person reads. Runs in: any context (pure data).
 */
export const vendorIdSchema = z.enum(['cw-manage', 'cw-automate', 'cw-rmm', 'watchguard']);
export type VendorId = z.infer<typeof vendorIdSchema>;

export const VENDOR_LABELS: Record<VendorId, string> = {
  'cw-manage': 'ConnectWise Manage',
  'cw-automate': 'ConnectWise Automate',
  'cw-rmm': 'ConnectWise RMM',
  watchguard: 'WatchGuard Cloud',
};
