import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import { applyErrorView, type ApplyErrorView } from '../../../components/applications/apply-errors';
import { applyBody, formProblems, hasProblems, type ApplyForm, type FormProblems } from '../../../components/applications/apply-form';
import { attemptFor, type Attempt } from '../../../components/applications/idempotency';
import { useProgressSubscription } from '../../../components/applications/subscribe';
import { useI18n } from '../../../i18n';
import { applyForCard } from '../../../services/api/applications';
import { routeUrl } from '../../../services/routes';

/**
 * Sends the form. The Idempotency-Key belongs to the filled-in form: tapping again after a
 * failure (a timeout, no network) resends the same key, so the BFF cannot make two applications.
 */
export function useSubmit(form: ApplyForm) {
  const { locale } = useI18n();
  const attempt = useRef<Attempt>();
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<ApplyErrorView>();
  // Loads the template ids now: there must be no request between the tap and WeChat's dialog.
  const askProgressSubscription = useProgressSubscription();

  // Marked only once the person has tried to send; from then on the marks follow what they type,
  // so a field filled in loses its mark at once instead of at the next tap.
  const current = tried ? formProblems(form) : undefined;
  const problems: FormProblems | undefined = current && hasProblems(current) ? current : undefined;

  function submit() {
    const body = applyBody(form);
    if (hasProblems(formProblems(form)) || !body) {
      setTried(true);
      setFailure(undefined);
      return;
    }
    // WeChat only shows its subscription dialog in answer to a tap: asked here, before any await.
    const asked = askProgressSubscription();
    attempt.current = attemptFor(attempt.current, body);
    const { key } = attempt.current;
    setBusy(true);
    setFailure(undefined);
    void (async () => {
      try {
        await asked;
        const application = await applyForCard(body, key);
        await Taro.redirectTo({ url: routeUrl('applicationDetail', { id: application.id }) });
      } catch (error) {
        setFailure(applyErrorView(error, locale));
      } finally {
        setBusy(false);
      }
    })();
  }

  return { submit, busy, problems, failure };
}
