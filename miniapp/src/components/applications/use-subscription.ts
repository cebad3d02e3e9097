import { useCallback, useEffect, useRef } from 'react';
import { getSubscriptionTemplates, reportSubscriptions } from '../../services/api/notifications';
import { subscriptionResults, templatesToAsk } from './template-ids';

/** Shows the platform's subscription dialog for `ids` and resolves with its answer per template id. */
export type AskPlatform = (ids: string[]) => Promise<Record<string, unknown>>;

/**
 * The platforms show their dialog only in answer to a tap, and an await before it (a request)
 * loses the tap: so the template ids are fetched when the page loads, and the returned function
 * asks at once with what it has. Without ids (not configured, or not loaded yet) there is nothing
 * to ask. Used by subscribe.weapp.ts and subscribe.alipay.ts, each with its platform's call.
 */
export function useSubscription(ask: AskPlatform): () => Promise<void> {
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
    const asked = ids.current;
    if (asked.length === 0) return;
    let answer: Record<string, unknown>;
    try {
      answer = await ask(asked);
    } catch {
      return; // refused as a whole, or switched off in the settings: nothing to report
    }
    // Each accepted template allows the BFF one message; reported in the background so the
    // submission does not wait for it.
    void reportSubscriptions(subscriptionResults(asked, answer)).catch(() => undefined);
  }, [ask]);
}
