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

/**
 * Changes only what the body names, field by field in the database: two switches saved at once
 * (two taps, two requests) both stay, where writing back a merged copy would let the later one
 * undo the earlier. A language chosen here is never overwritten by a request's.
 */
export async function updatePreferences(deps: Deps, personId: string, body: PreferencesBody): Promise<NotificationPreferences> {
  const now = deps.now();
  await ensureSettings(deps, personId, now);
  const $set: Record<string, unknown> = { updatedAt: now };
  const arrayFilters: Record<string, string>[] = [];
  NOTICE_KINDS.forEach((kind, i) => {
    const change = body.kinds?.[kind];
    if (!change) return;
    for (const channel of ['platform', 'sms'] as const) if (change[channel] !== undefined) $set[`choices.$[k${i}].${channel}`] = change[channel];
    if (Object.keys(change).length > 0) arrayFilters.push({ [`k${i}.kind`]: kind });
  });
  if (body.locale) Object.assign($set, { locale: body.locale, localeSource: 'explicit' });
  await deps.models.NotificationSettings.updateOne({ _id: personId }, { $set }, arrayFilters.length > 0 ? { arrayFilters } : {});
  return getPreferences(deps, personId);
}

/** The settings document with an entry for every kind (defaults where none was chosen), so each can be set in place. */
async function ensureSettings(deps: Deps, personId: string, now: Date): Promise<void> {
  try {
    await deps.models.NotificationSettings.updateOne({ _id: personId }, { $setOnInsert: { updatedAt: now } }, { upsert: true });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error; // created at the same moment by another request
  }
  for (const kind of NOTICE_KINDS) {
    await deps.models.NotificationSettings.updateOne({ _id: personId, 'choices.kind': { $ne: kind } }, { $push: { choices: { kind, ...DEFAULT_CHOICE } } });
  }
}

/**
 * Keeps the language of the person's requests as the language of their notices, unless they
 * chose one explicitly. Writes only when it changes.
 */
export async function rememberLocale(deps: Deps, personId: string, locale: NoticeLocale): Promise<void> {
  // Asked on every badge refresh: a read settles the usual case (nothing to change) without a
  // write that the unique _id would refuse.
  const current = await deps.models.NotificationSettings.findById(personId, { locale: 1, localeSource: 1 }).lean();
  if (current && (current.localeSource === 'explicit' || current.locale === locale)) return;
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
