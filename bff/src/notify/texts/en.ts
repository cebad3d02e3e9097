import type { NoticeTexts } from './types';

export const en: NoticeTexts = {
  stages: {
    submitted: 'Submitted',
    review: 'Under review',
    accountOpened: 'Account opened',
    inProduction: 'Being made',
    cityBankReceived: 'At the city bank',
    branchReceived: 'At the branch',
    readyToCollect: 'Ready to collect',
    activated: 'Activated',
    reviewFailed: 'Review not passed',
    productionFailed: 'Making failed',
    cancelled: 'Cancelled',
    expiredUncollected: 'Sealed (not collected)',
  },
  mailStages: { branchReceived: 'To be mailed', readyToCollect: 'Mailed to you', expiredUncollected: 'Sealed (not activated)' },
  application: { title: 'Card application update' },
  lossLifted: {
    title: 'Card loss report lifted',
    status: 'Lifted',
    detail: 'Your temporary loss report ended after 7 days and your card works again. If the card is still missing, report it again or report it lost for good at the bank.',
  },
  passwordLocked: {
    title: 'Service password locked',
    status: 'Locked',
    detail: 'The service password was entered wrongly 6 times and is now locked. Reset it in the app with a text-message code, or at a service window with your ID card. If this was not you, reset it soon.',
  },
  formalLoss: {
    title: 'Card reported lost for good',
    status: 'Reported lost',
    detail: 'The bank has recorded your card as lost for good; the old card cannot be used again. You can apply for a replacement in the app.',
  },
};
