import type { NoticeTexts } from './types';

export const zhCN: NoticeTexts = {
  stages: {
    submitted: '已提交',
    review: '审核中',
    accountOpened: '已开户',
    inProduction: '制卡中',
    cityBankReceived: '市行已签收',
    branchReceived: '网点已签收',
    readyToCollect: '可领卡',
    activated: '已激活',
    reviewFailed: '审核未通过',
    productionFailed: '制卡失败',
    cancelled: '已取消',
    expiredUncollected: '逾期封存',
  },
  mailStages: { branchReceived: '待寄出', readyToCollect: '已寄出', expiredUncollected: '逾期封存' },
  application: { title: '社保卡申领进度' },
  lossLifted: {
    title: '社保卡挂失已解除',
    status: '已解除',
    detail: '临时挂失已满7天，自动解除，卡片恢复正常使用。如果卡还没找到，请再次挂失，或到银行办理正式挂失。',
  },
  passwordLocked: {
    title: '社保卡服务密码已锁定',
    status: '已锁定',
    detail: '服务密码连续输错6次，已被锁定。可在小程序中用短信验证码重设，或带身份证到服务窗口办理。如果不是您本人操作，请尽快重设密码。',
  },
  formalLoss: {
    title: '社保卡已正式挂失',
    status: '已挂失',
    detail: '银行已为您的社保卡办理正式挂失，原卡不能再使用。请在小程序中申请补卡。',
  },
};
