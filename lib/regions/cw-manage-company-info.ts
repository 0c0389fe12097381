import { z } from 'zod';
import { normaliseCodebase } from './cw-manage-codebase';

/** Runs in: the worker (Test connection, sync). The company-info lookup's answer (see cw-manage-codebase.ts). */

/** The fields of the company-info answer we use; `IsCloud` comes as "True" in the vendor example. */
export const companyInfoSchema = z.looseObject({
  Codebase: z.string().transform((value, ctx) => {
    const codebase = normaliseCodebase(value);
    if (!codebase) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not a codebase like v2024_1/` });
      return z.NEVER;
    }
    return codebase;
  }),
  CompanyID: z.string().optional(),
  CompanyName: z.string().optional(),
  VersionCode: z.string().optional(),
  IsCloud: z.union([z.boolean(), z.enum(['True', 'False', 'true', 'false'])]).optional(),
  SiteUrl: z.string().optional(),
});
export type CompanyInfo = z.infer<typeof companyInfoSchema>;
