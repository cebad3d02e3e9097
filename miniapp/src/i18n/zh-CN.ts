import { account } from './areas/account';
import { applications } from './areas/applications';
import { card } from './areas/card';
import { help } from './areas/help';
import { messages } from './areas/messages';
import { records } from './areas/records';

/**
 * The reference dictionary: en.ts and es.ts are typed against its keys, so a key missing in either
 * does not compile. `{name}` marks a parameter; keep the same parameters in every language.
 */
const base = {
  'app.name': '电子社保卡',
  'tab.home': '首页',
  'tab.me': '我的',

  'common.loading': '正在加载…',
  'common.retry': '重试',
  'common.empty': '暂无内容',
  'common.errorTitle': '没能加载出来',
  'common.networkError': '网络不通，请检查网络后重试。',
  'common.timeout': '网络太慢，请稍后重试。',
  'common.genericError': '出了点问题，请稍后重试。',
  'common.offlineAsOf': '当前无网络，显示的是 {time} 的数据。',
  'common.comingSoon': '此页面正在建设中。',
  'common.back': '返回',
  'common.cancel': '取消',
  'common.confirm': '确定',

  'language.label': '语言',
  'language.zh-CN': '中文',
  'language.en': 'English',
  'language.es': 'Español',

  'elder.label': '长辈模式',
  'elder.hint': '字更大，按钮更大。',

  'home.title': '电子社保卡',
  'home.subtitle': '社保卡、缴费记录、申领进度，一处查看。',
  'home.card': '我的社保卡',
  'home.records': '缴费记录',
  'home.applications': '申领与进度',
  'home.help': '帮助',
  'home.hotline': '社保服务热线 12333',

  'login.title': '登录',
  'login.phone': '手机号',
  'login.phonePlaceholder': '请输入 11 位手机号',
  'login.code': '验证码',
  'login.codePlaceholder': '6 位数字',
  'login.sendCode': '获取验证码',
  'login.resendIn': '{seconds} 秒后可重发',
  'login.codeSent': '验证码已发送至 {phone}',
  'login.submit': '登录',
  'login.platform': '一键登录',
  'login.privacy': '登录即表示您已阅读并同意《隐私政策》',
  'login.privacyLink': '查看隐私政策',
  'login.privacyDeclined': '需要您同意隐私保护指引后才能登录。',
  'login.phoneInvalid': '请输入正确的 11 位手机号',
  'login.codeInvalid': '请输入 6 位数字验证码',

  'me.title': '我的',
  'me.signedOut': '尚未登录',
  'me.signIn': '去登录',
  'me.signOut': '退出登录',
  'me.notBound': '尚未完成实名绑定',
  'me.privacy': '隐私政策',
  'me.settings': '设置',

  'card.title': '我的社保卡',
  'card.password': '服务密码',
  'records.summary': '缴费概况',
  'records.list': '缴费明细',
  'records.detail': '缴费详情',
  'records.statement': '个人权益记录单',
  'applications.list': '申领进度',
  'applications.apply': '申领社保卡',
  'applications.detail': '申领详情',
  'help.list': '帮助',
  'help.article': '帮助文章',
  'help.privacy': '隐私政策',
} as const;

/** Each page area keeps its texts in its own file (areas/*.ts), in all three languages. */
export const AREAS = [account, card, records, applications, help, messages] as const;

export const zhCN = {
  ...base,
  ...account['zh-CN'],
  ...card['zh-CN'],
  ...records['zh-CN'],
  ...applications['zh-CN'],
  ...help['zh-CN'],
  ...messages['zh-CN'],
} as const;

export type MessageKey = keyof typeof zhCN;
/** Keys of the shared texts in this file (not of an area). */
export type BaseKey = keyof typeof base;
/** What another language must provide: every key, each a string. */
export type Dictionary = { readonly [K in MessageKey]: string };
