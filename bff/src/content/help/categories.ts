import type { HELP_CATEGORIES } from '@ssc/shared';
import type { Locale } from '../../i18n/messages';

type CategoryId = (typeof HELP_CATEGORIES)[number];

export const CATEGORY_TITLES: Record<Locale, Record<CategoryId, string>> = {
  'zh-CN': { records: '缴费记录', card: '社保卡', rights: '我的权益', app: '使用帮助' },
  en: { records: 'Contribution records', card: 'Social security card', rights: 'Your rights', app: 'Using the app' },
  es: { records: 'Cotizaciones', card: 'Tarjeta de seguridad social', rights: 'Sus derechos', app: 'Uso de la aplicación' },
};
