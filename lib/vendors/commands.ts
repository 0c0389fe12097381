import { defineCommand } from '../messaging/define-command';
import { testConnectionResultSchema } from './http';
import { vendorConnectionSchema } from './index';

/** Vendor calls the options page starts. Extension pages only: the payload carries secrets. */
export const vendorCommands = {
  /** Test connection on settings typed in the form, before (or without) saving them. */
  testVendorConnection: defineCommand({
    name: 'testVendorConnection',
    request: vendorConnectionSchema,
    response: testConnectionResultSchema,
    allowedFrom: ['extension-page'],
  }),
} as const;
