import type { ManageProfileInput } from '../schema';
import { vendorPage } from '../sources';
import { row } from './table';
import { teamGpsCustomize, teamGpsRows } from './team-gps-psa';

const source = vendorPage(
  'SmileBack',
  'SmileBack: Creating a custom security role in ConnectWise Manage',
  'https://help.smileback.com/hc/en-us/articles/115000428383-Creating-a-custom-security-role-in-ConnectWise-Manage',
);

/** SmileBack (ticket surveys): the same table as Team GPS's page, plus Marketing Groups. */
export const smilebackPsa: ManageProfileInput = {
  id: 'smileback-psa',
  title: 'SmileBack → ConnectWise Manage',
  vendor: 'SmileBack',
  product: 'manage',
  kind: 'customer-experience',
  source,
  strictness: 'minimum',
  strictnessNote: 'Minimum permissions offered as an alternative to the Admin role.',
  acceptsAdminRole: true,
  revision: 1,
  checkedOn: '2026-12-01',
  requirements: [...teamGpsRows(source), row(source, 'Marketing', 'Marketing Groups', 'A/0/0/A')],
  customize: teamGpsCustomize(source),
};
