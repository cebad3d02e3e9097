import type { NoticeKind, NotificationPreferences } from '@ssc/shared';
import { useState } from 'react';
import { useResource } from '../../../hooks/useResource';
import { getPreferences, updatePreferences } from '../../../services/api/notifications';

export type Channel = 'platform' | 'sms';

/**
 * The person's channel choices. A switch shows its new position at once and is saved with PUT
 * (only that switch, so two quick taps on different switches cannot undo each other); the BFF's
 * answer is then what is shown, and a failure puts the switch back and says why.
 */
export function usePreferences() {
  const loaded = useResource(getPreferences);
  const [saved, setSaved] = useState<{ from: NotificationPreferences; prefs: NotificationPreferences }>();
  const [pending, setPending] = useState(0);
  const [failure, setFailure] = useState<unknown>();
  const [done, setDone] = useState(false);

  const base = loaded.data;
  const prefs = base && saved?.from === base ? saved.prefs : base;

  const choose = async (kind: NoticeKind, channel: Channel, on: boolean) => {
    if (!base || !prefs) return;
    const before = prefs.kinds[kind][channel];
    const show = (value: boolean) =>
      setSaved((current) => {
        const now = current?.from === base ? current.prefs : base;
        return { from: base, prefs: { ...now, kinds: { ...now.kinds, [kind]: { ...now.kinds[kind], [channel]: value } } } };
      });
    show(on);
    setFailure(undefined);
    setDone(false);
    setPending((n) => n + 1);
    try {
      const answer = await updatePreferences({ kinds: { [kind]: { [channel]: on } } });
      show(answer.kinds[kind][channel]);
      setDone(true);
    } catch (error) {
      show(before);
      setFailure(error);
    } finally {
      setPending((n) => n - 1);
    }
  };

  return { loaded, prefs, choose, saving: pending > 0, failure, done };
}
