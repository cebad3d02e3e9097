import type { apply as reference } from '../zh-CN/apply';
import { HOTLINE, type Mirror } from '../types';

export const apply: Mirror<typeof reference> = {
  'apply-for-card': {
    title: 'Applying for a card and following its progress',
    summary: 'How to apply for a first card, a replacement or a renewal, and what each step of the progress means.',
    body: [
      { type: 'paragraph', text: 'There are three kinds of application:' },
      {
        type: 'list',
        items: [
          'First card: if you have never had a social security card.',
          'Replacement: a new card after a formal loss report.',
          'Renewal: when your card is about to expire, from 60 days before the expiry date.',
        ],
      },
      { type: 'paragraph', text: 'Applying online:' },
      {
        type: 'steps',
        items: [
          'Choose the issuing bank.',
          'Fill in your personal details.',
          'Upload an ID photo of yourself; it is printed on the card.',
          'Pass identity verification and submit.',
          'When the card is ready, collect it at the bank branch (or have it mailed) and activate it at the branch before use.',
        ],
      },
      {
        type: 'paragraph',
        text: 'After you submit, you can follow the progress at any time. Each step shows when it started and finished, the branch handling it and its phone number. The steps, in order:',
      },
      {
        type: 'steps',
        items: [
          'Sent: your details have been entered and sent.',
          'Being checked: your details are checked against the police household register, and your photo is checked.',
          'Bank account opened: the issuing bank has opened your account.',
          'Card being made: your card is being made.',
          "At the city bank: the card has reached the bank's city office.",
          'At your branch: the card has reached the branch you chose.',
          'Ready to collect (not yet activated): bring your ID card to the branch to pick it up.',
          'Collected and activated: you have the card and it is ready to use.',
        ],
      },
      {
        type: 'callout',
        tone: 'info',
        text: 'If the review fails, you are told why (for example, the photo was not suitable); fix that and apply again. If production fails, the card is simply made again. You can cancel the application until the card goes into production.',
      },
      {
        type: 'callout',
        tone: 'warning',
        text: 'Collect your card within a year of it reaching the branch. Cards left uncollected for over a year are sealed, and you would have to apply again.',
      },
      { type: 'paragraph', text: 'If you need a card urgently, ask the branch about a temporary card, which is valid for 60 days.' },
      { type: 'contact', label: 'National HR and social security hotline', phone: HOTLINE },
    ],
  },
};
