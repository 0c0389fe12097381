import type { ManageProfileInput } from '../schema';
import { vendorPage } from '../sources';
import { row } from './table';

const source = vendorPage(
  'CrushBank',
  'CrushBank: ConnectWise Security Modules guide',
  'https://support.crushbank.com/knowledge/connectwise-security-modules-guide',
);

const LEVEL = 'The page says the level is required but not which one; read as All like the rest of the page.';
const read = (module: string, fn: string) => row(source, module, fn, '-/-/-/A');

/**
 * CrushBank (AI service desk): Inquire All on about thirty functions, configuration passwords
 * included, plus rows for optional features. Two stored versions of the page differ in how the
 * features are grouped; this follows the one whose list is complete (ending at KBA Articles).
 */
export const crushbankPsa: ManageProfileInput = {
  id: 'crushbank-psa',
  title: 'CrushBank → ConnectWise Manage',
  vendor: 'CrushBank',
  product: 'manage',
  kind: 'ai',
  source,
  strictness: 'minimum',
  strictnessNote: 'Inquire All on the listed modules; features add the levels the page names for them.',
  acceptsAdminRole: false,
  revision: 1,
  checkedOn: '2026-12-01',
  optionalFeatures: [
    {
      id: 'smartclassifier',
      title: 'SmartClassifier and Documentation Request Workflow',
      detail: 'Needs Add, Edit and Delete on Table Setup.',
    },
    {
      id: 'solved-my-issue',
      title: 'Solved My Issue',
      detail: 'Needs Edit on closed tickets, ticket dependencies and tickets.',
    },
    {
      id: 'ticket-budgeter',
      title: 'Ticket Budgeter',
      detail: 'Needs Edit on Service Tickets and Table Setup.',
    },
    { id: 'kba-articles', title: 'KBA Articles', detail: 'Needs Inquire on API Reports.' },
  ],
  // biome-ignore format: one line per row of the source list
  requirements: [
    read('Companies', 'Company Maintenance'),
    read('Companies', 'Configuration - Display Passwords'),
    read('Companies', 'Configurations'),
    read('Companies', 'Contacts'),
    read('Companies', 'Manage Attachments'),
    read('Companies', 'Notes'),
    read('Project', 'Project Contacts'),
    read('Project', 'Project Headers'),
    read('Project', 'Project Management'),
    read('Project', 'Project Notes'),
    read('Project', 'Project Phase'),
    read('Project', 'Project Ticket- Dependencies'),
    read('Project', 'Project Ticket Tasks'),
    read('Project', 'Project Tickets'),
    read('Service Desk', 'Close Service Tickets'),
    read('Service Desk', 'Merge Tickets'),
    read('Service Desk', 'Service Ticket- Dependencies'),
    read('Service Desk', 'Service Tickets'),
    read('Service Desk', 'SLA Dashboard'),
    read('Service Desk', 'Ticket Templates'),
    read('System', 'Member Maintenance'),
    read('System', 'My Company'),
    read('System', 'Table Setup'),
    read('Time and Expense', 'Time Entry'),
    row(source, 'System', 'Table Setup', 'A/A/A/-', { feature: 'smartclassifier', inferred: true, basis: LEVEL }),
    row(source, 'Service Desk', 'Closed Service Tickets', '-/A/-/-', { feature: 'solved-my-issue', inferred: true, basis: LEVEL }),
    row(source, 'Service Desk', 'Service Ticket Dependencies', '-/A/-/-', { feature: 'solved-my-issue', inferred: true, basis: LEVEL }),
    row(source, 'Service Desk', 'Service Tickets', '-/A/-/-', { feature: 'solved-my-issue', inferred: true, basis: LEVEL }),
    row(source, 'Service Desk', 'Service Tickets', '-/A/-/-', { feature: 'ticket-budgeter', inferred: true, basis: LEVEL }),
    row(source, 'System', 'Table Setup', '-/A/-/-', { feature: 'ticket-budgeter', inferred: true, basis: LEVEL }),
    row(source, 'System', 'API Reports', '-/-/-/A', { feature: 'kba-articles', inferred: true, basis: LEVEL }),
  ],
  customize: [
    {
      module: 'System',
      function: 'Table Setup',
      list: 'allow',
      entries: ['Service / Service Board', 'Company / Company Type', 'Company / Company Status'],
      optional: true,
      note: 'Needed on the allowed side if Table Setup is customized at all.',
      source,
    },
  ],
};
