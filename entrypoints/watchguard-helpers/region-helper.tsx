import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageNotice } from '@/components/regions/PageNotice';
import { PageRegionBadge } from '@/components/regions/PageRegionBadge';
import { copyText } from '@/lib/extension/clipboard';
import {
  detectRegion,
  readWatchGuardPage,
  type WatchGuardPageReading,
  type WatchGuardRegion,
} from '@/lib/regions';
import { FormLint } from './form-lint';
import { ManagedAccess } from './managed-access';
import { usePageReading } from './use-page-reading';

/**
 * The region helper on WatchGuard Cloud pages: the Managed Access parameters to copy, inline
 * lint on the integration forms, and the region's URLs anywhere else.
 */
export function RegionHelper({ ctx, stylesheet }: { ctx: ContentScriptContext; stylesheet: string }) {
  const reading = usePageReading(ctx, () => readWatchGuardPage(document), sameReading);
  const detected = detectRegion(location.href);
  if (detected?.vendor !== 'watchguard') return null;
  const region: WatchGuardRegion = detected.region;
  const badge = <PageRegionBadge pageUrl={location.href} onCopy={copyText} />;

  switch (reading.kind) {
    case 'managed-access':
      return <ManagedAccess region={region} values={reading.values} masked={reading.masked} />;
    case 'integration-form':
      return <FormLint stylesheet={stylesheet} region={region} fields={reading.fields} />;
    case 'managed-access-loading':
      return <PageNotice>Reading the Managed Access page…</PageNotice>;
    case 'managed-access-disabled':
      return (
        <>
          <PageNotice>
            API access is not enabled for this account. Enable it on this page; the parameters then appear
            here to copy.
          </PageNotice>
          {badge}
        </>
      );
    case 'unrecognised':
      return (
        <>
          <PageNotice>
            This page’s layout is not recognised, so nothing was read from it. Copy the values from the page
            itself; this region’s URLs are below.
          </PageNotice>
          {badge}
        </>
      );
    case 'other':
      return badge;
  }
}

/** Readings that would render the same: same values, or the very same form boxes. */
function sameReading(a: WatchGuardPageReading, b: WatchGuardPageReading): boolean {
  if (a.kind === 'integration-form' && b.kind === 'integration-form') {
    return (
      a.fields.length === b.fields.length &&
      a.fields.every(
        (field, i) => field.element === b.fields[i]?.element && field.field === b.fields[i]?.field,
      )
    );
  }
  return a.kind !== 'integration-form' && JSON.stringify(a) === JSON.stringify(b);
}
