/** Error texts of SMS verification codes. */
const zhCN = {
  SMS_COOLDOWN: '验证码已发送，请稍等片刻再重新获取。',
  SMS_CODE_INVALID: '验证码不正确，请核对短信后重新输入。',
  SMS_CODE_EXPIRED: '验证码已失效，请重新获取验证码。',
  SMS_UNAVAILABLE: '短信暂时发不出去，请稍后再试。',
};

const en: typeof zhCN = {
  SMS_COOLDOWN: 'A code was just sent. Please wait a moment before asking for another.',
  SMS_CODE_INVALID: 'That code is not right. Please check the text message and try again.',
  SMS_CODE_EXPIRED: 'This code can no longer be used. Please ask for a new one.',
  SMS_UNAVAILABLE: 'Text messages cannot be sent right now. Please try again in a little while.',
};

const es: typeof zhCN = {
  SMS_COOLDOWN: 'Acabamos de enviar un código. Espere un momento antes de pedir otro.',
  SMS_CODE_INVALID: 'El código no es correcto. Revise el mensaje de texto e inténtelo de nuevo.',
  SMS_CODE_EXPIRED: 'Este código ya no es válido. Pida uno nuevo.',
  SMS_UNAVAILABLE: 'Ahora no se pueden enviar mensajes de texto. Inténtelo de nuevo dentro de un rato.',
};

export const sms = { 'zh-CN': zhCN, en, es };
