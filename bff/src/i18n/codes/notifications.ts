/** Error texts of the message centre, notification settings and the operator's dead letters. */
const zhCN = {
  SUBSCRIPTIONS_UNSUPPORTED: '网页版没有订阅消息，您可以在消息中心查看通知，或开启短信提醒。',
  NOT_DEAD_LETTER: '这条通知不在待处理的失败队列中。',
};

const en: typeof zhCN = {
  SUBSCRIPTIONS_UNSUPPORTED: 'The web version has no subscription messages. You can read notices in the message centre or turn on text messages.',
  NOT_DEAD_LETTER: 'This notification is not among the failed ones waiting for an operator.',
};

const es: typeof zhCN = {
  SUBSCRIPTIONS_UNSUPPORTED: 'La versión web no tiene mensajes de suscripción. Puede leer los avisos en el centro de mensajes o activar los SMS.',
  NOT_DEAD_LETTER: 'Esta notificación no está entre las fallidas que esperan a un operador.',
};

export const notifications = { 'zh-CN': zhCN, en, es };
