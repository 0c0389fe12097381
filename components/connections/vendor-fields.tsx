/**
 * The non-secret fields of each vendor's connection form. Region pickers fill the URLs the vendor
 * documents for that region; the URLs stay editable so a pasted value can be checked by the lint.
 */
import { IntegrationPicker } from '@/components/role-checker/IntegrationPicker';
import { httpsOrigin } from '@/lib/connections/kinds/fields';
import { CW_MANAGE_REGIONS, CW_RMM_REGIONS, WATCHGUARD_REGIONS } from '@/lib/regions/catalogue';
import { regions } from '@/lib/regions/endpoints';
import { integrationOptions } from '@/lib/role-checker/integrations';
import type { VendorId } from '@/lib/vendor-ids';
import { type FieldProblems, SelectField, TextField } from './fields';

export interface VendorFieldsProps {
  vendor: VendorId;
  settings: Record<string, unknown>;
  onChange: (patch: Record<string, unknown>) => void;
  problems: (field: string) => FieldProblems;
  /** Pinned by the organization's policy: shown, not editable. */
  locked: boolean;
}

const text = (value: unknown) =>
  typeof value === 'string' ? value : value === undefined ? '' : String(value);
const regionOptions = (vendor: 'watchguard' | 'cw-rmm' | 'cw-manage') =>
  regions(vendor).map((option) => ({ value: option.region, label: option.label }));

export function VendorFields(props: VendorFieldsProps) {
  switch (props.vendor) {
    case 'watchguard':
      return <WatchGuardFields {...props} />;
    case 'cw-rmm':
      return <CwRmmFields {...props} />;
    case 'cw-manage':
      return <CwManageFields {...props} />;
    case 'cw-automate':
      return <CwAutomateFields {...props} />;
  }
}

function WatchGuardFields({ settings, onChange, problems, locked }: VendorFieldsProps) {
  const field = (name: string, label: string, help?: string) => (
    <TextField
      id={`wg-${name}`}
      label={label}
      value={text(settings[name])}
      onInput={(value) => onChange({ [name]: value })}
      disabled={locked}
      help={help}
      {...problems(name)}
    />
  );
  return (
    <>
      <SelectField
        id="wg-region"
        label="Region"
        value={text(settings.region)}
        options={regionOptions('watchguard')}
        disabled={locked}
        help="Fills both URLs with the ones WatchGuard lists for the region."
        onChange={(region) => {
          const urls = WATCHGUARD_REGIONS[region as keyof typeof WATCHGUARD_REGIONS];
          onChange({ region, authUrl: urls.authUrl, apiUrl: urls.apiUrl });
        }}
        {...problems('region')}
      />
      {field('authUrl', 'Authentication API URL')}
      {field('apiUrl', 'API URL')}
      {field('accountId', 'Account ID', 'Administration → My Account in WatchGuard Cloud.')}
      {field('accessId', 'Access ID (read-write)', 'Administration → Managed Access: the read-write one.')}
    </>
  );
}

function CwRmmFields({ settings, onChange, problems, locked }: VendorFieldsProps) {
  return (
    <>
      <SelectField
        id="rmm-region"
        label="Region"
        value={text(settings.region)}
        options={regionOptions('cw-rmm')}
        disabled={locked}
        help="Fills the server URL for the region."
        onChange={(region) =>
          onChange({ region, serverUrl: CW_RMM_REGIONS[region as keyof typeof CW_RMM_REGIONS].serverUrl })
        }
        {...problems('region')}
      />
      <TextField
        id="rmm-serverUrl"
        label="Server URL"
        value={text(settings.serverUrl)}
        onInput={(serverUrl) => onChange({ serverUrl })}
        disabled={locked}
        {...problems('serverUrl')}
      />
      <TextField
        id="rmm-clientId"
        label="Client ID"
        value={text(settings.clientId)}
        onInput={(clientId) => onChange({ clientId })}
        disabled={locked}
        help="Generated with the API key in ConnectWise RMM."
        {...problems('clientId')}
      />
      <TextField
        id="rmm-recordsPerRequest"
        label="Records per request"
        value={text(settings.recordsPerRequest)}
        inputMode="numeric"
        onInput={(value) => onChange({ recordsPerRequest: value })}
        disabled={locked}
        help="Keep 500, the default the WatchGuard plug-in documents."
        {...problems('recordsPerRequest')}
      />
    </>
  );
}

function CwManageFields({ settings, onChange, problems, locked }: VendorFieldsProps) {
  const onPrem = settings.hosting === 'on-premise';
  const origin = onPrem ? httpsOrigin(text(settings.onPremUrl)) : null;
  return (
    <>
      <fieldset class="mpc-choice" disabled={locked}>
        <legend>Where is ConnectWise Manage?</legend>
        {(['cloud', 'on-premise'] as const).map((hosting) => (
          <label key={hosting} class="mpc-choice__option">
            <input
              type="radio"
              name="manage-hosting"
              value={hosting}
              checked={settings.hosting === hosting}
              onChange={() => onChange({ hosting })}
            />
            {hosting === 'cloud' ? 'ConnectWise cloud' : 'On-premise server'}
          </label>
        ))}
      </fieldset>
      {onPrem ? (
        <TextField
          id="manage-onPremUrl"
          label="On-premise server address"
          value={text(settings.onPremUrl)}
          placeholder="https://manage.example.com"
          onInput={(onPremUrl) => onChange({ onPremUrl })}
          disabled={locked}
          help={
            origin
              ? `Saving asks your browser to let the extension reach ${origin} (and show its helpers there).`
              : 'The https:// address you open ConnectWise Manage at.'
          }
          {...problems('onPremUrl')}
        />
      ) : (
        <SelectField
          id="manage-region"
          label="Cloud site"
          value={text(settings.region)}
          options={regionOptions('cw-manage').map((option) => ({
            ...option,
            label: `${option.label} (${new URL(CW_MANAGE_REGIONS[option.value as keyof typeof CW_MANAGE_REGIONS].siteUrl).host})`,
          }))}
          disabled={locked}
          onChange={(region) => onChange({ region })}
          {...problems('region')}
        />
      )}
      {(
        [
          ['companyId', 'Company ID', 'The company ID you type on the ConnectWise Manage login screen.'],
          ['publicKey', 'Public Key', 'System → Members → API Members → API Keys.'],
          [
            'clientId',
            'Client ID',
            'The clientId GUID registered for the integration at developer.connectwise.com.',
          ],
        ] as const
      ).map(([name, label, help]) => (
        <TextField
          key={name}
          id={`manage-${name}`}
          label={label}
          value={text(settings[name])}
          onInput={(value) => onChange({ [name]: value })}
          disabled={locked}
          help={help}
          {...problems(name)}
        />
      ))}
      <IntegrationPicker
        options={integrationOptions('manage')}
        selected={Array.isArray(settings.integrations) ? (settings.integrations as string[]) : []}
        onChange={(integrations) => onChange({ integrations })}
        legend="Integrations this API member serves"
        fieldsetClass="mpc-choice mpc-choice--wrap"
        disabled={locked}
        help="After a successful test, the API member’s own rights are checked against what these integrations need."
      />
      {problems('integrations').errors?.map((message) => (
        <p key={message} class="mpc-field__message mpc-field__message--error">
          {message}
        </p>
      ))}
    </>
  );
}

function CwAutomateFields({ settings, onChange, problems, locked }: VendorFieldsProps) {
  const origin = httpsOrigin(text(settings.serverUrl));
  return (
    <>
      <TextField
        id="automate-serverUrl"
        label="Server address"
        value={text(settings.serverUrl)}
        placeholder="https://automate.example.com"
        onInput={(serverUrl) => onChange({ serverUrl })}
        disabled={locked}
        help={
          origin
            ? `Saving asks your browser to let the extension reach ${origin}.`
            : 'The https:// address of your Automate server (hosted or on-premise).'
        }
        {...problems('serverUrl')}
      />
      <TextField
        id="automate-username"
        label="Username"
        value={text(settings.username)}
        onInput={(username) => onChange({ username })}
        disabled={locked}
        {...problems('username')}
      />
      <TextField
        id="automate-clientId"
        label="Client ID"
        value={text(settings.clientId)}
        onInput={(clientId) => onChange({ clientId })}
        disabled={locked}
        help="Automate requires a registered client ID (a GUID) for API access."
        {...problems('clientId')}
      />
    </>
  );
}
