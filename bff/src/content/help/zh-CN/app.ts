import type { Slug } from '../articles';
import { HOTLINE, type ArticleText } from '../types';

export const app = {
  'elder-mode-and-languages': {
    title: '长辈模式和语言设置',
    summary: '长辈模式字更大、页面更简单；界面有简体中文、英文和西班牙文三种语言。',
    body: [
      {
        type: 'paragraph',
        text: '长辈模式是为年长的朋友准备的：文字和按钮更大，页面更少、更简单，常用的功能（电子社保卡、缴费记录、12333 热线）放在最显眼的位置。',
      },
      { type: 'paragraph', text: '打开长辈模式：' },
      {
        type: 'steps',
        items: ['进入“我的”页面。', '找到“长辈模式”，打开开关。', '想恢复原样时，再关掉这个开关就行。'],
      },
      { type: 'paragraph', text: '如果您在微信里调大了字体，小程序也会参考这个设置显示更大的文字。' },
      {
        type: 'paragraph',
        text: '语言：界面和帮助内容有简体中文、英文和西班牙文。默认跟随手机的语言，也可以在“我的”页面的“语言”里切换。',
      },
      {
        type: 'callout',
        tone: 'info',
        text: '看不清或不会操作时，可以请家人帮忙，也可以拨打 12333 请人工客服帮忙，或带上身份证到服务窗口办理。',
      },
      { type: 'contact', label: '全国人社服务热线', phone: HOTLINE },
    ],
  },
} as const satisfies Partial<Record<Slug, ArticleText>>;
