import type { Locale } from '../../i18n/locales';
import { updatePreferences } from '../../services/api/notifications';
import { session } from '../../services/client';

/**
 * A language chosen in the app becomes the language of later notices (PUT preferences; the BFF
 * then stops taking it from requests). Only for a bound account: the settings are the person's,
 * and asking without one would be answered NOT_BOUND, which sends the app to binding. A failure
 * is left quiet: the notice language is a side effect of the switch, not what was asked for.
 */
export function tellNoticeLanguage(locale: Locale): void {
  if (!session.current()?.bound) return;
  void updatePreferences({ locale }).catch(() => undefined);
}
