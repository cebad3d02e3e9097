import type { card as reference } from '../zh-CN/card';
import { HOTLINE, type Mirror } from '../types';

export const card: Mirror<typeof reference> = {
  'electronic-card': {
    title: 'What the electronic card is and what the card is for',
    summary: 'The e-card is your social security card on your phone. Scan it to see a doctor or handle social insurance matters, anywhere in the country.',
    body: [
      {
        type: 'paragraph',
        text: 'Your electronic social security card matches your physical card one to one. You can claim it once your identity is verified. It shows your name and social security number partly hidden, the issuing city and the card status. Your social security number is your ID number and never changes.',
      },
      {
        type: 'paragraph',
        text: 'When you show the e-card, it displays a QR code that refreshes about once a minute. Each code can be scanned only once, so a screenshot sent to someone else will not work.',
      },
      { type: 'paragraph', text: 'You can use the card, physical or electronic, for:' },
      {
        type: 'list',
        items: [
          'Doctors and medicines: treatment at hospitals and pharmacies, with medical insurance settled on the spot.',
          'Pension: pension matters and receiving your pension.',
          'Unemployment: registering as unemployed and receiving unemployment benefits.',
          'Job training: vocational training and training subsidies.',
          'Work injury: claiming work-injury benefits.',
          'Other regions: under the national one-card policy, it works in other cities too.',
        ],
      },
      {
        type: 'callout',
        tone: 'warning',
        text: 'For treatment in another city or province, many places still require you to register for out-of-area treatment or get a referral first; otherwise the bill may not be settled directly. Check with the place where you are insured before you go, or call 12333.',
      },
      {
        type: 'callout',
        tone: 'info',
        text: "The e-card has its own 6-digit service password, which is not your bank card's password. While the physical card is reported lost, the e-card's QR code is suspended.",
      },
    ],
  },
  'service-password': {
    title: 'Your card service password',
    summary: 'Six digits. Change the initial 123456 right away. Six wrong tries lock it; unlock with an SMS code or at a service window.',
    body: [
      {
        type: 'paragraph',
        text: 'The service password is for social insurance services and the e-card, and one password works on every channel. It is separate from the password of the bank account on your card; changing one does not change the other.',
      },
      { type: 'paragraph', text: 'When you choose a service password:' },
      {
        type: 'list',
        items: [
          'It must be exactly 6 digits.',
          'A new card starts with 123456. Change it the first time you use the card.',
          'It cannot be the same digit six times, such as 111111.',
          'It cannot be a run of digits going up or down, such as 123456 or 987654.',
          'It cannot be six digits in a row taken from your ID number.',
        ],
      },
      { type: 'paragraph', text: 'To change it: enter your current password, then the new one twice.' },
      {
        type: 'callout',
        tone: 'warning',
        text: 'Six wrong tries in a row lock the password for now. If you have forgotten it or it is locked, either of these will sort it out:',
      },
      {
        type: 'list',
        items: [
          'Get an SMS code on the phone number on file, confirm it, then set a new password.',
          'Take your ID card to a social insurance service window and ask staff to reset and unlock it.',
        ],
      },
      {
        type: 'callout',
        tone: 'info',
        text: 'Your bank card password belongs to the issuing bank. To change it or if you have forgotten it, contact the bank; this service cannot help with it.',
      },
      { type: 'contact', label: 'National HR and social security hotline', phone: HOTLINE },
    ],
  },
  'report-loss': {
    title: 'Lost your card? Temporary and formal loss reports',
    summary: 'Report it lost temporarily first. Found within 7 days? Lift the report yourself. Gone for good? Report it formally at the bank and get a replacement.',
    body: [
      { type: 'paragraph', text: 'If your card is missing, report it as soon as you can. There are two kinds of report, temporary and formal. This order works best:' },
      {
        type: 'steps',
        items: [
          'Make a temporary loss report right away, in this mini-program or another online channel.',
          'Look for the card over the next 7 days.',
          'Found it: enter your service password to lift the report early, and the card works again at once.',
          'Still missing: take your ID card to a branch of the issuing bank, make a formal loss report and apply for a replacement.',
        ],
      },
      { type: 'paragraph', text: 'A temporary report:' },
      {
        type: 'list',
        items: [
          'Lifts itself after 7 days; you do not need to do anything.',
          'Can be lifted earlier with your service password.',
          "Suspends the e-card's QR code while it lasts.",
        ],
      },
      { type: 'paragraph', text: 'A formal report:' },
      {
        type: 'list',
        items: [
          'Is made at a branch of the issuing bank.',
          'Cannot be undone: the old card stops working for good.',
          'Is followed by a replacement card, applied for the same way as a new card.',
        ],
      },
      {
        type: 'callout',
        tone: 'warning',
        text: 'If someone else may have your card, go straight to a formal report instead of waiting for the temporary one to run out.',
      },
      { type: 'contact', label: 'National HR and social security hotline', phone: HOTLINE },
    ],
  },
};
