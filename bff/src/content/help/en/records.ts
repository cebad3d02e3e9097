import type { records as reference } from '../zh-CN/records';
import { HOTLINE, type Mirror } from '../types';

export const records: Mirror<typeof reference> = {
  'look-up-records': {
    title: 'Where to check your contribution records',
    summary: 'At a service window with your ID card, on the HR and social security website, in WeChat or Alipay, or on the 12333 hotline. It is free.',
    body: [
      { type: 'paragraph', text: 'Checking your own social insurance contribution records costs nothing. Besides this mini-program, you can use any of the ways below; pick whichever suits you.' },
      {
        type: 'list',
        items: [
          'Service window: bring your own ID card to a social insurance office or an HR and social security service hall. They can print the records for you on the spot.',
          "Website: sign in to your city's human resources and social security bureau website and look under personal services.",
          'WeChat: open Me → Services (called Pay in some versions) → City Services → Social Security, then follow the prompts.',
          'Alipay: open City Services → Social Security → Electronic Social Security Card. Once you have claimed the e-card, you can look up your records.',
          'Phone: call the national hotline 12333 and follow the voice menu, or ask to speak to an agent.',
        ],
      },
      { type: 'paragraph', text: 'A visit to a service window usually goes like this:' },
      {
        type: 'steps',
        items: [
          'Bring your valid ID card.',
          'Take a queue number at the service hall and wait to be called.',
          'Tell the staff you want to see or print your contribution records, and which years and insurance types if you only need some.',
          'Check the printout before you leave and ask about anything unclear.',
        ],
      },
      {
        type: 'callout',
        tone: 'warning',
        text: 'Every channel checks who you are first. Staff will never ask for your password or an SMS code, so never give them to anyone.',
      },
      { type: 'contact', label: 'National HR and social security hotline', phone: HOTLINE },
    ],
  },
  'payment-records': {
    title: 'Reading your contribution records',
    summary: 'Who pays each of the five insurance types, what the base and amounts mean, and how to read statuses, years paid and account balances.',
    body: [
      { type: 'paragraph', text: 'Social insurance has five types: pension, medical, unemployment, work injury and maternity. Who pays depends on how you work:' },
      {
        type: 'list',
        items: [
          'As an employee: your employer pays into all five. You pay your share of pension, medical and unemployment, usually deducted from your wages.',
          'Work injury and maternity insurance are paid by the employer alone; you pay nothing for them.',
          'As a flexible worker: you pay pension and medical insurance yourself.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Each record covers one insurance type for one month. It shows the month, the contribution base, your amount, the employer amount, the total, who paid and which office handled it. The base is what the amounts are worked out from: you and your employer each pay your own rate of it.',
      },
      {
        type: 'list',
        items: [
          'Paid: the money for that month has arrived. All is in order.',
          'Declared, not yet received: your employer has declared the month but the money has not arrived. This usually sorts itself out; if it lasts several months, ask your employer.',
          'Unpaid: the month should have been paid but was not. Ask your employer or the social insurance office why.',
        ],
      },
      { type: 'callout', tone: 'info', text: "A month's records usually appear during the following month. If you have just started a job or just paid, not seeing them yet is normal." },
      {
        type: 'paragraph',
        text: 'Years paid add up the months actually paid and are shown like "8 years 8 months". For a monthly pension after retirement, you usually need at least 15 years of pension contributions in total.',
      },
      {
        type: 'callout',
        tone: 'warning',
        text: "Your personal account balance is not everything that was paid. Pension and medical insurance each have a personal account showing its balance, money paid in and money paid out. Most of the employer's share goes into the pooled fund that pays everyone's benefits, so it never shows in your balance.",
      },
      {
        type: 'paragraph',
        text: 'If you have worked in more than one city, you will have records from each. Every record says where it was paid. If records from one city are missing, look them up there, or ask how to transfer your social insurance to where you live now.',
      },
    ],
  },
  'payment-gaps': {
    title: 'What a gap in contributions means and what to do',
    summary: 'A gap is a month with no payment between your first and latest records. It can affect your years paid and your benefits, so deal with it early.',
    body: [
      {
        type: 'paragraph',
        text: 'Between your first and your latest payment, any month without a paid record is a gap. This mini-program lists exactly which months are missing for each insurance type.',
      },
      { type: 'paragraph', text: 'A gap can affect you in these ways:' },
      {
        type: 'list',
        items: [
          'Those months do not count towards your years paid, which can delay reaching the 15 years usually needed for a pension.',
          'After a gap in medical insurance, you may not be able to claim medical costs as usual for a while.',
          'How long you paid unemployment insurance decides how long you can receive unemployment benefit.',
          'Some cities ask for unbroken contributions for things like household registration, buying a home or school places for children.',
        ],
      },
      { type: 'callout', tone: 'info', text: 'The exact rules differ from place to place. The social insurance office where you are insured has the final word.' },
      { type: 'paragraph', text: 'If you find a gap, work through these steps:' },
      {
        type: 'steps',
        items: [
          'Check first: the last month or two may simply not have arrived yet, or may be "declared, not yet received". Give it time and look again.',
          "Gap while employed: ask your employer's HR or payroll team why, and ask them to pay the missing months. Paying social insurance for staff is a legal duty.",
          'No employer at the moment: you can pay pension and medical insurance yourself as a flexible worker.',
          'Still unsure: take your ID card to a social insurance service window, or call 12333.',
        ],
      },
      { type: 'contact', label: 'National HR and social security hotline', phone: HOTLINE },
    ],
  },
};
