import Taro from '@tarojs/taro';
import { useCallback, useEffect, useRef } from 'react';
import { getSubscriptionTemplates, reportSubscriptions } from '../../services/api/notifications';
import { subscriptionResults, templatesToAsk } from './template-ids';

/**
 * WeChat shows its dialog only in answer to a tap, and an await before it (a request) loses the
 * tap: so the template ids are fetched when the page loads, and the returned function asks at
 * once with what it has. Without ids (not configured, or not loaded yet) there is nothing to ask.
 */
export function useProgressSubscription(): () => Promise<void> {
  const ids = useRef<string[]>([]);
  useEffect(() => {
    let current = true;
    getSubscriptionTemplates().then(
      (answer) => {
        if (current) ids.current = templatesToAsk(answer.templates, ['application.stageChanged']);
      },
      () => undefined, // no ids, no question: the application goes ahead all the same
    );
    return () => {
      current = false;
    };
  }, []);

  return useCallback(async () => {
    const tmplIds = ids.current;
    if (tmplIds.length === 0) return;
    let answer: Record<string, unknown>;
    try {
      answer = (await Taro.requestSubscribeMessage({ tmplIds, entityIds: [] })) as Record<string, unknown>;
    } catch {
      return; // refused as a whole, or switched off in the settings: nothing to report
    }
    // Each accepted template allows the BFF one message; reported in the background so the
    // submission does not wait for it.
    void reportSubscriptions(subscriptionResults(tmplIds, answer)).catch(() => undefined);
  }, []);
}
