import type { FunctionComponent } from 'preact';
import { ApiMembersPanel } from './api-members';
import { QuickCopyPanel } from './quick-copy';
import { SyncPanelContainer } from './sync';

/**
 * The popup's panels, top to bottom. A feature adds its panel here: a container component in
 * this folder that loads data through `callBackground` and renders components/.
 */
export interface PopupPanel {
  id: string;
  view: FunctionComponent;
}

export const panels: PopupPanel[] = [
  { id: 'quick-copy', view: QuickCopyPanel },
  { id: 'sync', view: SyncPanelContainer },
  { id: 'api-members', view: ApiMembersPanel },
];
