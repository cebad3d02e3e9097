/** Error texts of the electronic card, its service password, QR codes and loss reports. */
const zhCN = {
  CARD_NOT_FOUND: '暂未查到您的社保卡信息。如已办卡，请稍后再试或拨打12333咨询。',
  CARD_NOT_USABLE: '您的社保卡当前状态无法办理此业务，请查看卡片状态。',
  CARD_FORMALLY_LOST: '您的社保卡已在银行正式挂失，无法解除挂失，请申请补卡。',
  CARD_NOT_LOST: '您的社保卡没有挂失，无需解除。',
  CARD_NUMBER_TAKEN: '该卡号已登记在另一人名下，请核对卡号。',
  PASSWORD_RULES: '新密码不符合要求，请按提示重新设置。',
  PASSWORD_WRONG: '服务密码不正确，请重新输入。连续输错6次密码将被锁定。',
  PASSWORD_LOCKED: '服务密码输错次数过多，已被锁定。您可以通过预留手机号接收验证码重置密码，或携带身份证到社保服务窗口办理解锁。',
  PASSWORD_CHANGE_REQUIRED: '您仍在使用初始密码，为保障安全，请先修改服务密码再继续。',
};

const en: typeof zhCN = {
  CARD_NOT_FOUND: 'We could not find your social security card. If you have one, please try again later or call 12333.',
  CARD_NOT_USABLE: 'Your card cannot be used for this in its current state. Please check the card status.',
  CARD_FORMALLY_LOST: 'Your card was formally reported lost at the bank. This cannot be undone; please apply for a replacement card.',
  CARD_NOT_LOST: 'Your card is not reported lost, so there is nothing to lift.',
  CARD_NUMBER_TAKEN: 'This card number is already recorded for another person. Please check the number.',
  PASSWORD_RULES: 'The new password does not meet the rules. Please follow the hints and choose another.',
  PASSWORD_WRONG: 'The service password is not right. Please try again. After 6 wrong tries in a row the password locks.',
  PASSWORD_LOCKED:
    'Your service password is locked after too many wrong tries. You can reset it with a code sent to the phone number on file, or unlock it at a social security service window with your ID card.',
  PASSWORD_CHANGE_REQUIRED: 'You are still using the initial password. To keep your card safe, please change the service password first.',
};

const es: typeof zhCN = {
  CARD_NOT_FOUND: 'No encontramos su tarjeta de seguridad social. Si ya tiene una, inténtelo más tarde o llame al 12333.',
  CARD_NOT_USABLE: 'Su tarjeta no se puede usar para esto en su estado actual. Consulte el estado de la tarjeta.',
  CARD_FORMALLY_LOST: 'Su tarjeta fue declarada perdida formalmente en el banco. No se puede deshacer; solicite una tarjeta de reposición.',
  CARD_NOT_LOST: 'Su tarjeta no está declarada como perdida, así que no hay nada que anular.',
  CARD_NUMBER_TAKEN: 'Este número de tarjeta ya está registrado a nombre de otra persona. Compruebe el número.',
  PASSWORD_RULES: 'La nueva contraseña no cumple las reglas. Siga las indicaciones y elija otra.',
  PASSWORD_WRONG: 'La contraseña de servicio no es correcta. Inténtelo de nuevo. Tras 6 intentos fallidos seguidos, la contraseña se bloquea.',
  PASSWORD_LOCKED:
    'Su contraseña de servicio está bloqueada por demasiados intentos fallidos. Puede restablecerla con un código enviado al teléfono registrado, o desbloquearla en una ventanilla de seguridad social con su documento de identidad.',
  PASSWORD_CHANGE_REQUIRED: 'Todavía usa la contraseña inicial. Para proteger su tarjeta, cambie primero la contraseña de servicio.',
};

export const card = { 'zh-CN': zhCN, en, es };
