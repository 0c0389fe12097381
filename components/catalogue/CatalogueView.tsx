import './catalogue.css';
import { useState } from 'preact/hooks';
import { normaliseName, type Profile } from '@/lib/permissions';
import { KIND_LABELS } from '@/lib/role-checker/integration-kinds';
import { ProfileCard } from './ProfileCard';
import { RoleBuilder, type RoleBuilderProps } from './RoleBuilder';

export interface CatalogueViewProps {
  profiles: readonly Profile[];
  catalogueVersion: string;
  builder: RoleBuilderProps;
}

/** Options › Catalogue: the least-privilege role builder, then every integration's table. */
export function CatalogueView({ profiles, catalogueVersion, builder }: CatalogueViewProps) {
  const [filter, setFilter] = useState('');
  const words = normaliseName(filter).split(' ').filter(Boolean);
  const shown = profiles.filter((profile) => {
    const text = normaliseName(
      `${profile.title} ${profile.vendor} ${KIND_LABELS[profile.kind]} ${profile.product}`,
    );
    return words.every((word) => text.includes(word));
  });
  const partial = profiles.filter((profile) => profile.partial).length;
  return (
    <div class="mpc-cat">
      <p>
        {profiles.length} integration profiles, each transcribed from the vendor’s own page and dated;
        {` ${partial}`} come from a page our copy of which is cut off (marked partial). Catalogue version{' '}
        <code>{catalogueVersion}</code>.
      </p>
      <h3>Least-privilege role for a selection</h3>
      <RoleBuilder {...builder} />
      <h3>Integrations</h3>
      <input
        type="search"
        class="mpc-field__input"
        aria-label="Filter the catalogue"
        placeholder="Filter by name, vendor, kind or product"
        value={filter}
        onInput={(event) => setFilter(event.currentTarget.value)}
      />
      <p role="status">
        {shown.length} of {profiles.length} shown
      </p>
      {shown.map((profile) => (
        <ProfileCard key={profile.id} profile={profile} />
      ))}
    </div>
  );
}
