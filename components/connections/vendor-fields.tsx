/**
 * The non-secret fields of a connection form, rendered from the connection kind's `form`
 * (lib/connections/kinds), where each field's name, label and help live. Region pickers fill the
 * URLs the vendor documents for that region; the URLs stay editable so a pasted value can be
 * checked by the lint.
 */
import { IntegrationPicker } from '@/components/role-checker/IntegrationPicker';
import { kindOf } from '@/lib/connections/kinds';
import type { SettingsControl } from '@/lib/connections/kinds/kind';
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

export function VendorFields(props: VendorFieldsProps) {
  const { form, fieldLabels } = kindOf(props.vendor);
  return (
    <>
      {form.fields
        .filter((field) => field.shownWhen?.(props.settings) ?? true)
        .map((field) => (
          <SettingsField
            key={field.name}
            {...props}
            field={field}
            id={`${form.idPrefix}-${field.name}`}
            label={fieldLabels[field.name] ?? field.name}
          />
        ))}
    </>
  );
}

function SettingsField({
  field,
  id,
  label,
  settings,
  onChange,
  problems,
  locked,
}: VendorFieldsProps & { field: SettingsControl; id: string; label: string }) {
  switch (field.control) {
    case 'text':
      return (
        <TextField
          id={id}
          label={label}
          value={text(settings[field.name])}
          placeholder={field.placeholder}
          inputMode={field.inputMode}
          onInput={(value) => onChange({ [field.name]: value })}
          disabled={locked}
          help={typeof field.help === 'function' ? field.help(settings) : field.help}
          {...problems(field.name)}
        />
      );
    case 'region':
      return (
        <SelectField
          id={id}
          label={label}
          value={text(settings[field.name])}
          options={field.options()}
          disabled={locked}
          help={field.help}
          onChange={(region) => onChange({ [field.name]: region, ...field.fills?.(region) })}
          {...problems(field.name)}
        />
      );
    case 'choice':
      return (
        <fieldset class="mpc-choice" disabled={locked}>
          <legend>{field.legend}</legend>
          {field.options.map((option) => (
            <label key={option.value} class="mpc-choice__option">
              <input
                type="radio"
                name={id}
                value={option.value}
                checked={settings[field.name] === option.value}
                onChange={() => onChange({ [field.name]: option.value })}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
      );
    case 'integrations':
      return (
        <>
          <IntegrationPicker
            options={integrationOptions(field.product)}
            selected={Array.isArray(settings[field.name]) ? (settings[field.name] as string[]) : []}
            onChange={(integrations) => onChange({ [field.name]: integrations })}
            legend={label}
            fieldsetClass="mpc-choice mpc-choice--wrap"
            disabled={locked}
            help={field.help}
          />
          {problems(field.name).errors?.map((message) => (
            <p key={message} class="mpc-field__message mpc-field__message--error">
              {message}
            </p>
          ))}
        </>
      );
  }
}
