/** Error texts of logging in with a platform and of real-name binding. */
const zhCN = {
  LOGIN_CODE_INVALID: '登录凭证无效或已过期，请重新打开小程序再试。',
  LOGIN_RISKY_USER: '平台提示当前账号存在安全风险，暂时无法登录，请稍后再试或联系平台客服。',
  PLATFORM_RATE_LIMITED: '登录过于频繁，请一分钟后再试。',
  PLATFORM_UNAVAILABLE: '暂时无法连接登录平台，请稍后再试。',
  ID_NUMBER_INVALID: '身份证号码格式不正确，请核对后重新输入。',
  CONSENT_REQUIRED: '请先阅读并同意《个人身份信息处理告知》，再进行实名认证。',
  PERSON_NOT_FOUND: '未找到与该姓名和身份证号码相符的参保信息，请核对后重试。',
  ALREADY_BOUND: '该社保卡已在本平台的另一个账号上绑定。如需更换账号，请先在原账号中解除绑定。',
  ACCOUNT_ALREADY_BOUND: '您的账号已完成实名绑定。如需绑定其他人，请先解除当前绑定。',
  BINDING_NOT_STARTED: '没有进行中的绑定，或绑定已超时，请重新填写信息。',
};

const en: typeof zhCN = {
  LOGIN_CODE_INVALID: 'The sign-in code is not valid or has expired. Please reopen the mini-program and try again.',
  LOGIN_RISKY_USER: 'The platform has flagged this account as at risk, so it cannot sign in for now. Please try later or contact the platform\'s support.',
  PLATFORM_RATE_LIMITED: 'Too many sign-in attempts. Please try again in a minute.',
  PLATFORM_UNAVAILABLE: 'We cannot reach the sign-in platform right now. Please try again later.',
  ID_NUMBER_INVALID: 'This ID number does not look right. Please check it and enter it again.',
  CONSENT_REQUIRED: 'Please read and agree to the notice on how we handle your ID number before verifying your identity.',
  PERSON_NOT_FOUND: 'We found no insured person with this name and ID number. Please check them and try again.',
  ALREADY_BOUND: 'This social security card is already linked to another account on this platform. To switch accounts, unlink it from the old one first.',
  ACCOUNT_ALREADY_BOUND: 'Your account is already linked to a card. To link a different person, unlink the current card first.',
  BINDING_NOT_STARTED: 'There is no linking in progress, or it took too long. Please fill in your details again.',
};

const es: typeof zhCN = {
  LOGIN_CODE_INVALID: 'El código de acceso no es válido o ha caducado. Vuelva a abrir el miniprograma e inténtelo de nuevo.',
  LOGIN_RISKY_USER: 'La plataforma ha marcado esta cuenta como de riesgo y no puede iniciar sesión por ahora. Inténtelo más tarde o contacte con la asistencia de la plataforma.',
  PLATFORM_RATE_LIMITED: 'Demasiados intentos de acceso. Inténtelo de nuevo dentro de un minuto.',
  PLATFORM_UNAVAILABLE: 'Ahora mismo no podemos conectar con la plataforma de acceso. Inténtelo más tarde.',
  ID_NUMBER_INVALID: 'Este número de identidad no parece correcto. Revíselo y vuelva a escribirlo.',
  CONSENT_REQUIRED: 'Antes de verificar su identidad, lea y acepte el aviso sobre cómo tratamos su número de identidad.',
  PERSON_NOT_FOUND: 'No encontramos ningún asegurado con este nombre y número de identidad. Revíselos e inténtelo de nuevo.',
  ALREADY_BOUND: 'Esta tarjeta de seguridad social ya está vinculada a otra cuenta en esta plataforma. Para cambiar de cuenta, desvincúlela primero de la anterior.',
  ACCOUNT_ALREADY_BOUND: 'Su cuenta ya está vinculada a una tarjeta. Para vincular a otra persona, desvincule primero la tarjeta actual.',
  BINDING_NOT_STARTED: 'No hay ninguna vinculación en curso o ha tardado demasiado. Vuelva a introducir sus datos.',
};

export const identity = { 'zh-CN': zhCN, en, es };
