/**
 * Texts of the help pages. zh-CN is the reference; en and es must have the same keys (enforced by
 * the `satisfies` below) and the same {parameters} (checked by tests/miniapp-i18n.test.ts).
 */
const zhCN = {
  'help.hotline': '社保服务热线 12333',
  'help.hotlineHint': '社保政策、社保卡和缴费的问题，都可以打电话问。',
  'help.call': '拨打 {phone}',
  'help.empty': '暂时还没有帮助文章。',
  'help.updatedAt': '更新于 {date}',
  'help.privacyLink': '隐私政策',
  'help.privacyHint': '我们收集哪些信息、为什么收集、怎样保护。',
  'help.privacyVersion': '版本 {version}',
  'help.openArticle': '阅读：{title}',
} as const;

const en: { readonly [K in keyof typeof zhCN]: string } = {
  'help.hotline': 'Social security hotline 12333',
  'help.hotlineHint': 'Call for questions about social security rules, your card or your contributions.',
  'help.call': 'Call {phone}',
  'help.empty': 'There are no help articles yet.',
  'help.updatedAt': 'Updated {date}',
  'help.privacyLink': 'Privacy policy',
  'help.privacyHint': 'What we collect, why, and how we protect it.',
  'help.privacyVersion': 'Version {version}',
  'help.openArticle': 'Read: {title}',
};

const es: { readonly [K in keyof typeof zhCN]: string } = {
  'help.hotline': 'Línea de la seguridad social 12333',
  'help.hotlineHint': 'Llame si tiene dudas sobre la seguridad social, su tarjeta o sus cotizaciones.',
  'help.call': 'Llamar al {phone}',
  'help.empty': 'Todavía no hay artículos de ayuda.',
  'help.updatedAt': 'Actualizado el {date}',
  'help.privacyLink': 'Política de privacidad',
  'help.privacyHint': 'Qué datos recogemos, para qué y cómo los protegemos.',
  'help.privacyVersion': 'Versión {version}',
  'help.openArticle': 'Leer: {title}',
};

export const help = { 'zh-CN': zhCN, en, es } as const;
