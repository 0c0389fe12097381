import type { FunctionComponent } from 'preact';
import { ApiMembersSection } from './api-members';
import { AuditRoleSection } from './audit-role';
import { CatalogueSection } from './catalogue';
import { ConnectionsSection } from './connections/index';
import { MappingsSection } from './mappings/index';
import { StatusSection } from './status';
import { SyncSection } from './sync';

/**
 * The options page's sections, in menu order. A feature adds its section here: a container
 * component in this folder that loads data through `callBackground` and renders components/.
 */
export interface OptionsSection {
  /** The URL hash that opens it, e.g. `#connections`. */
  id: string;
  title: string;
  view: FunctionComponent;
}

export const sections: OptionsSection[] = [
  { id: 'status', title: 'Status', view: StatusSection },
  { id: 'connections', title: 'Connections', view: ConnectionsSection },
  { id: 'mappings', title: 'Mappings', view: MappingsSection },
  { id: 'sync', title: 'Sync', view: SyncSection },
  { id: 'audit-role', title: 'Audit a role', view: AuditRoleSection },
  { id: 'api-members', title: 'API members', view: ApiMembersSection },
  { id: 'catalogue', title: 'Catalogue', view: CatalogueSection },
];
