import { NOTICE_KINDS, type NoticeKind, type NoticeLocale, type NotificationPreferences, type PreferencesBody } from '@ssc/shared';
import { isDuplicateKey } from '../db/unavailable';
import type { Deps } from '../deps';

/** Without a choice: a platform message yes, an SMS no (texts are opt-in). */
const DEFAULT_CHOICE = { platform: true, sms: false };
const DEFAULT_LOCALE: NoticeLocale = 'zh-CN';

type SettingsDoc = Awaited<ReturnType<typeof load>>;

function load(deps: Deps, personId: string) {
  return deps.models.NotificationSettings.findById(personId).lean();
}

function view(doc: SettingsDoc): NotificationPreferences {
  const kinds = Object.fromEntries(
    NOTICE_KINDS.map((kind) => {
      const chosen = doc?.choices.find((c) => c.kind === kind);
      return [kind, chosen ? { platform: chosen.platform, sms: chosen.sms } : { ...DEFAULT_CHOICE }];
    }),
  ) as NotificationPreferences['kinds'];
  return { locale: (doc?.locale ?? DEFAULT_LOCALE) as NoticeLocale, kinds };
}

export async function getPreferences(deps: Deps, personId: string): Promise<NotificationPreferences> {
  return view(await load(deps, personId));
}

/** What the worker needs: the language and the channel choice for one kind. */
export async function noticeSettings(deps: Deps, personId: string, kind: NoticeKind) {
  const prefs = view(await load(deps, personId));
  return { locale: prefs.locale, choice: prefs.kinds[kind] };
}

/** Changes only what the body names; a language chosen here is never overwritten by a request's. */
export async function updatePreferences(deps: Deps, personId: string, body: PreferencesBody): Promise<NotificationPreferences> {
  const current = view(await load(deps, personId));
  const kinds = { ...current.kinds };
  for (const kind of NOTICE_KINDS) kinds[kind] = { ...kinds[kind], ...body.kinds?.[kind] };
  const choices = NOTICE_KINDS.map((kind) => ({ kind, ...kinds[kind] }));
  const locale = body.locale ? { locale: body.locale, localeSource: 'explicit' } : {};
  await deps.models.NotificationSettings.updateOne({ _id: personId }, { $set: { choices, ...locale, updatedAt: deps.now() } }, { upsert: true });
  return getPreferences(deps, personId);
}

/**
 * Keeps the language of the person's requests as the language of their notices, unless they
 * chose one explicitly. Writes only when it changes.
 */
export async function rememberLocale(deps: Deps, personId: string, locale: NoticeLocale): Promise<void> {
  try {
    await deps.models.NotificationSettings.updateOne(
      { _id: personId, localeSource: { $ne: 'explicit' }, locale: { $ne: locale } },
      { $set: { locale, localeSource: 'request', updatedAt: deps.now() } },
      { upsert: true },
    );
  } catch (error) {
    // The settings exist and match already (or are explicit): the upsert's insert collided.
    if (!isDuplicateKey(error)) throw error;
  }
}
