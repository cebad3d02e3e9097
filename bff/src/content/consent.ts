import type { Locale } from '../i18n/messages';

/**
 * The notice a person agrees to before their ID number is processed. PIPL (arts. 28-30) treats
 * ID numbers as sensitive personal information: processing needs a specific purpose and a
 * separate consent, given after being told the purpose, the necessity and the effect on them.
 * Any change to the text gets a new version, and binding asks for agreement to the current one.
 */
export const CONSENT_VERSION = '2025-01';

interface Notice {
  title: string;
  text: string;
}

const NOTICES: Record<Locale, Notice> = {
  'zh-CN': {
    title: '个人身份信息处理告知',
    text: [
      '为帮您绑定电子社保卡，我们需要处理您的姓名和身份证号码。身份证号码属于敏感个人信息，请您阅读以下说明后单独作出同意。',
      '一、用途：仅用于在社会保险经办机构的参保人员信息中核实您的身份，并将本账号与您的社保卡关联。不用于其他目的。',
      '二、处理方式：信息经加密传输和加密存储；核对时向您在参保登记中留存的手机号发送验证码，确认是您本人操作。',
      '三、必要性：不提供这些信息就无法完成实名认证，但您仍可浏览无需实名的公开服务。',
      '四、保存：绑定期间保存绑定关系和本次同意记录；参保信息本身由经办机构依法保存。',
      '五、您的权利：您可以随时解除绑定，同时撤回本同意，已登录的设备会全部退出。您可以在"我的数据访问记录"中查看谁在何时访问过您的信息。如有疑问，可拨打12333咨询。',
    ].join('\n'),
  },
  en: {
    title: 'How we handle your identity information',
    text: [
      'To link your electronic social security card, we need to process your name and ID number. An ID number is sensitive personal information, so please read the points below and agree to them separately.',
      '1. Purpose: only to confirm your identity against the social insurance agency\'s records of insured people and to link this account to your card. Nothing else.',
      '2. How: the information is encrypted in transit and at rest. To make sure it is really you, we send a code to the mobile number you registered with the agency.',
      '3. Why it is needed: without it we cannot verify your identity, but you can still use the public services that need no verification.',
      '4. Keeping it: while your card is linked we keep the link and a record of this agreement. The agency keeps your insurance records as the law requires.',
      '5. Your rights: you can unlink at any time, which also withdraws this agreement and signs out every device. Under "My data access" you can see who looked at your information and when. Questions: call 12333.',
    ].join('\n'),
  },
  es: {
    title: 'Cómo tratamos sus datos de identidad',
    text: [
      'Para vincular su tarjeta electrónica de seguridad social necesitamos tratar su nombre y su número de identidad. El número de identidad es un dato personal sensible: lea los puntos siguientes y acéptelos por separado.',
      '1. Finalidad: solo comprobar su identidad en los registros de asegurados de la entidad de seguridad social y vincular esta cuenta a su tarjeta. Nada más.',
      '2. Cómo: los datos viajan y se guardan cifrados. Para confirmar que es usted, enviamos un código al móvil que registró ante la entidad.',
      '3. Por qué hace falta: sin estos datos no podemos verificar su identidad, aunque puede seguir usando los servicios públicos que no la requieren.',
      '4. Conservación: mientras la tarjeta esté vinculada guardamos el vínculo y un registro de esta aceptación. La entidad conserva sus datos de cotización según la ley.',
      '5. Sus derechos: puede desvincular la tarjeta cuando quiera; con ello retira esta aceptación y se cierran todas las sesiones. En «Mis accesos a datos» verá quién consultó su información y cuándo. Dudas: llame al 12333.',
    ].join('\n'),
  },
};

export function consentNotice(locale: Locale): Notice & { version: string } {
  return { version: CONSENT_VERSION, ...NOTICES[locale] };
}
