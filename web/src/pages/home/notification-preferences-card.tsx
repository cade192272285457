import { useState } from 'react';
import type { paths } from '../../../../contracts/api-client';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';

type Preferences =
  paths['/api/me/notification-preferences']['get']['responses'][200]['content']['application/json'];
type Kind = keyof Preferences;
type Channel = keyof Preferences[Kind];

const KIND_LABEL: Record<Kind, string> = {
  assigned: 'Something is given to me',
  due: 'An item of mine is due tomorrow',
  action_overdue: 'An item of mine is overdue',
  decision_needed: 'A decision is needed from me',
  mentioned: 'I am mentioned',
  request: 'Intake requests',
};
const KINDS = Object.keys(KIND_LABEL) as Kind[];
const CHANNEL_LABEL: Record<Channel, string> = { in_app: 'In the app', email: 'By e-mail' };
const CHANNELS: Channel[] = ['in_app', 'email'];

/** Which kinds of notification reach me, in the app and by e-mail; each box saves at once. */
export function NotificationPreferencesCard() {
  const prefs = useLoad(
    () => unwrap(api.GET('/api/me/notification-preferences')),
    'notification-preferences',
  );
  const [problem, setProblem] = useState<string>();

  async function toggle(kind: Kind, channel: Channel, enabled: boolean) {
    try {
      await unwrap(
        api.PUT('/api/me/notification-preferences', { body: { [kind]: { [channel]: enabled } } }),
      );
      setProblem(undefined);
      prefs.reload();
    } catch (error) {
      setProblem((error as Error).message);
    }
  }

  return (
    <section className="card" aria-labelledby="notification-preferences-title">
      <div className="card__header">
        <h2 id="notification-preferences-title">Notifications</h2>
      </div>
      <FormAlert messages={problem ? [problem] : []} />
      {prefs.data ? (
        <table className="table notification-preferences">
          <thead>
            <tr>
              <th scope="col">When</th>
              {CHANNELS.map((c) => (
                <th key={c} scope="col">
                  {CHANNEL_LABEL[c]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {KINDS.map((kind) => (
              <tr key={kind}>
                <th scope="row">{KIND_LABEL[kind]}</th>
                {CHANNELS.map((channel) => (
                  <td key={channel}>
                    <input
                      type="checkbox"
                      aria-label={`${KIND_LABEL[kind]}: ${CHANNEL_LABEL[channel]}`}
                      checked={prefs.data![kind][channel]}
                      onChange={(e) => void toggle(kind, channel, e.target.checked)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
