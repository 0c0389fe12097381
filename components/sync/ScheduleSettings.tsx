import { INTERVAL_CHOICES, type SyncSchedule } from '@/lib/sync/schedule';
import { describeInterval } from './format';

export interface ScheduleSettingsProps {
  schedule: SyncSchedule;
  connections: readonly { id: string; name: string }[];
  onChange: (schedule: SyncSchedule) => void;
}

/** The off switch, the default interval and each connection's own interval. */
export function ScheduleSettings({ schedule, connections, onChange }: ScheduleSettingsProps) {
  const setConnection = (id: string, value: string) => {
    const { [id]: _previous, ...others } = schedule.connections;
    const own = value === 'default' ? {} : { [id]: value === 'off' ? ('off' as const) : Number(value) };
    onChange({ ...schedule, connections: { ...others, ...own } });
  };
  return (
    <fieldset class="mpc-sync-schedule">
      <legend>Scheduled sync</legend>
      <label>
        <input
          type="checkbox"
          checked={schedule.enabled}
          onChange={(event) => onChange({ ...schedule, enabled: event.currentTarget.checked })}
        />{' '}
        Sync connections automatically
      </label>
      <label>
        Default interval{' '}
        <select
          disabled={!schedule.enabled}
          value={String(schedule.defaultIntervalMinutes)}
          onChange={(event) =>
            onChange({ ...schedule, defaultIntervalMinutes: Number(event.currentTarget.value) })
          }
        >
          {INTERVAL_CHOICES.map((choice) => (
            <option key={choice.minutes} value={String(choice.minutes)}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
      {connections.map((connection) => {
        const own = schedule.connections[connection.id];
        return (
          <label key={connection.id}>
            {connection.name}{' '}
            <select
              disabled={!schedule.enabled}
              value={own === undefined ? 'default' : String(own)}
              onChange={(event) => setConnection(connection.id, event.currentTarget.value)}
            >
              <option value="default">Default ({describeInterval(schedule.defaultIntervalMinutes)})</option>
              {INTERVAL_CHOICES.map((choice) => (
                <option key={choice.minutes} value={String(choice.minutes)}>
                  {choice.label}
                </option>
              ))}
              <option value="off">Off</option>
            </select>
          </label>
        );
      })}
    </fieldset>
  );
}
