import type { LabelledUrl, RegionalVendor, RegionOption } from '@/lib/regions';
import { CopyRow } from './CopyRow';

export interface QuickCopyProps {
  vendors: readonly { vendor: RegionalVendor; label: string }[];
  regions: readonly RegionOption[];
  vendor: RegionalVendor;
  region: string;
  rows: readonly LabelledUrl[];
  note?: string;
  /** Set when the pickers were pre-selected from an open vendor tab. */
  preselectedFrom?: string;
  onVendorChange: (vendor: RegionalVendor) => void;
  onRegionChange: (region: string) => void;
  onCopy: (text: string) => Promise<boolean>;
}

/** The popup's quick-copy panel: vendor and region pickers, each regional URL with a copy button. */
export function QuickCopy(props: QuickCopyProps) {
  const { vendors, regions, vendor, region, rows, note, preselectedFrom, onCopy } = props;
  return (
    <div class="mpc-quick-copy">
      <h2>Regional URLs</h2>
      <div class="mpc-quick-copy__pickers">
        <label>
          Vendor{' '}
          <select
            value={vendor}
            onChange={(event) => props.onVendorChange(event.currentTarget.value as RegionalVendor)}
          >
            {vendors.map((option) => (
              <option key={option.vendor} value={option.vendor}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Region{' '}
          <select value={region} onChange={(event) => props.onRegionChange(event.currentTarget.value)}>
            {regions.map((option) => (
              <option key={option.region} value={option.region}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {preselectedFrom && (
        <p class="mpc-quick-copy__hint" data-testid="preselected">
          Pre-selected from the open tab {preselectedFrom}.
        </p>
      )}
      {rows.map((row) => (
        <CopyRow key={row.key} label={row.label} value={row.url} onCopy={onCopy} />
      ))}
      {note && <p class="mpc-region__note">{note}</p>}
    </div>
  );
}
