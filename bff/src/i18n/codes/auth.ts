/** Error texts of sessions and machine clients. */
const zhCN = {
  NOT_BOUND: '请先完成实名认证，绑定您的社保卡。',
};

const en: typeof zhCN = {
  NOT_BOUND: 'Please verify your identity and link your social security card first.',
};

const es: typeof zhCN = {
  NOT_BOUND: 'Primero verifique su identidad y vincule su tarjeta de seguridad social.',
};

export const auth = { 'zh-CN': zhCN, en, es };
