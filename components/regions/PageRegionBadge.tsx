import { useEffect, useRef } from 'preact/hooks';
import { drawRegionBadge } from '@/lib/regions/page/region-badge-view';

export interface PageRegionBadgeProps {
  pageUrl: string;
  onCopy: (text: string) => Promise<boolean>;
}

/**
 * The region badge for a page address, inside a Preact view (WatchGuard's notices); nothing on a
 * page of no known region. The always-loaded content scripts draw the same badge without Preact.
 */
export function PageRegionBadge({ pageUrl, onCopy }: PageRegionBadgeProps) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const into = container.current;
    if (!into) return;
    drawRegionBadge(into, pageUrl, onCopy);
    return () => into.replaceChildren();
  }, [pageUrl, onCopy]);
  return <div ref={container} />;
}
