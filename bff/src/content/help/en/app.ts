import type { app as reference } from '../zh-CN/app';
import { HOTLINE, type Mirror } from '../types';

export const app: Mirror<typeof reference> = {
  'elder-mode-and-languages': {
    title: 'Elder mode and languages',
    summary: 'Elder mode gives bigger text and simpler pages. The app is available in Simplified Chinese, English and Spanish.',
    body: [
      {
        type: 'paragraph',
        text: 'Elder mode is made for older users: larger text and buttons, fewer and simpler pages, and the things used most (the e-card, contribution records and the 12333 hotline) right at the front.',
      },
      { type: 'paragraph', text: 'To turn on elder mode:' },
      {
        type: 'steps',
        items: ['Go to the Me page.', 'Find Large text mode and switch it on.', 'To go back, switch it off again.'],
      },
      { type: 'paragraph', text: 'If you have made the text larger in WeChat, the mini-program takes that into account and shows larger text too.' },
      {
        type: 'paragraph',
        text: "Languages: the app and its help are available in Simplified Chinese, English and Spanish. It follows your phone's language by default; you can change it under Language on the Me page.",
      },
      {
        type: 'callout',
        tone: 'info',
        text: 'If the screen is hard to read or use, ask a family member to help, call 12333 to talk to an agent, or take your ID card to a service window.',
      },
      { type: 'contact', label: 'National HR and social security hotline', phone: HOTLINE },
    ],
  },
};
