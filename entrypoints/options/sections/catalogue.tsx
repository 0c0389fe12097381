import { useMemo, useRef, useState } from 'preact/hooks';
import { CatalogueView } from '@/components/catalogue/CatalogueView';
import type { ExportFormat } from '@/components/catalogue/RoleBuilder';
import { downloadText } from '@/lib/extension/download';
import {
  CATALOGUE_VERSION,
  catalogue,
  getProfile,
  requiredRole,
  requiredRoleToCsv,
  requiredRoleToJson,
  requiredRoleToMarkdown,
} from '@/lib/permissions';
import { featureChoices } from '@/lib/role-checker/integration-options';
import { integrationOptions } from '@/lib/role-checker/integrations';

const EXPORTS: Record<ExportFormat, { render: typeof requiredRoleToJson; extension: string; type: string }> =
  {
    markdown: {
      render: (role) => requiredRoleToMarkdown(role, getProfile),
      extension: 'md',
      type: 'text/markdown',
    },
    csv: { render: requiredRoleToCsv, extension: 'csv', type: 'text/csv' },
    json: { render: requiredRoleToJson, extension: 'json', type: 'application/json' },
  };

/**
 * Options › Catalogue: static catalogue data, so no background call; exports download locally.
 * Runs in: the options page.
 */
export function CatalogueSection() {
  const options = useMemo(() => integrationOptions('manage'), []);
  const [selected, setSelected] = useState<string[]>([]);
  const [featuresOn, setFeaturesOn] = useState<string[]>([]);
  const downloads = useRef<HTMLDivElement>(null);
  const features = featureChoices(options, selected);
  // A feature of an integration no longer selected is dropped with it.
  const activeFeatures = featuresOn.filter((key) => features.some((item) => item.key === key));
  const role = selected.length > 0 ? requiredRole(selected, { features: activeFeatures }) : null;
  const exportRole = (format: ExportFormat) => {
    if (!role || !downloads.current) return;
    const { render, extension, type } = EXPORTS[format];
    downloadText(
      downloads.current,
      render(role),
      `connectwise-role-${role.profiles.join('+')}.${extension}`,
      type,
    );
  };
  return (
    <div ref={downloads}>
      <CatalogueView
        profiles={catalogue}
        catalogueVersion={CATALOGUE_VERSION}
        builder={{
          options,
          selected,
          onSelect: setSelected,
          features,
          featuresOn: activeFeatures,
          onFeaturesChange: setFeaturesOn,
          role,
          onExport: exportRole,
        }}
      />
    </div>
  );
}
