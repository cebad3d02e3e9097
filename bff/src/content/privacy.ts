import type { Locale } from '../i18n/messages';
import { en } from './help/privacy/en';
import { es } from './help/privacy/es';
import { zhCN, type PolicyText } from './help/privacy/zh-CN';

export type { PolicyText } from './help/privacy/zh-CN';

/**
 * The privacy policy in every locale: what personal data is handled, why, how it is protected,
 * how long it is kept and the person's rights (PIPL). Chinese is the reference; the translations
 * are typed against it, section by section. Change the version with any change of substance, so
 * consent recorded against an older version can be asked for again.
 */
export const PRIVACY_POLICY_VERSION = '2026-11-20';

export const PRIVACY_POLICY: Record<Locale, PolicyText> = { 'zh-CN': zhCN, en, es };
