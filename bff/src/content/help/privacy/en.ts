import { HOTLINE, type Mirror } from '../types';
import type { zhCN } from './zh-CN';

export const en: Mirror<typeof zhCN> = {
  title: 'Privacy policy',
  sections: [
    {
      heading: 'What this policy covers',
      body: [
        {
          type: 'paragraph',
          text: 'This policy explains which personal information the electronic social security card service (this mini-program and the system behind it) handles, why, how it is protected, how long it is kept and what your rights are. We ask you to accept it before you first use the service, and we ask separately before handling sensitive information such as your ID number.',
        },
      ],
    },
    {
      heading: 'What we collect',
      body: [
        {
          type: 'list',
          items: [
            'Your name and ID number (which is also your social security number): to verify who you are and link your card. Your ID number is sensitive personal information.',
            'Your phone number: for verification codes and progress notifications.',
            'Your card number: to show your e-card and handle card services such as loss reports.',
            'Your contribution records: provided by the social insurance agency, to show you what has been paid.',
            'An ID photo: only when you apply for a card, to print on it.',
            'A mailing address: only if you choose to have your card mailed, to send it to you.',
            'Your login identifier: the account identifier WeChat or Alipay gives us, to recognise that it is you signing in. It does not include your chats, contacts or payment details.',
            'Access history: when and through which channel each of your services was viewed or used, for security checks and for you to see.',
          ],
        },
      ],
    },
    {
      heading: 'Why we collect it',
      body: [
        { type: 'paragraph', text: 'We use this information only to provide the services you are using:' },
        {
          type: 'list',
          items: [
            'To make sure it really is you, so nobody else can act in your name.',
            'To show your e-card, contribution records and application progress.',
            'To handle applications, replacements, renewals, loss reports and your service password.',
            'To send verification codes and the progress notifications you subscribe to.',
          ],
        },
        {
          type: 'paragraph',
          text: 'When you apply for a card, the details needed to make it go to the issuing bank you chose and to the social insurance agency, and your identity is checked against the police household register. Apart from that, and unless the law requires otherwise, we do not give your personal information to anyone else or use it for advertising or marketing.',
        },
      ],
    },
    {
      heading: 'How we protect it',
      body: [
        {
          type: 'list',
          items: [
            'Your name, ID number, phone number and similar details are stored encrypted.',
            'Screens and responses show only masked values; a phone number, for example, appears as 138****1234.',
            'System logs never record names, ID numbers, phone numbers, card numbers or addresses.',
            'Information is encrypted while it travels over the network.',
            'Every time your information is viewed or a service is used for you, it is recorded; you can see in the mini-program who accessed your information and when.',
          ],
        },
      ],
    },
    {
      heading: 'How long we keep it',
      body: [
        {
          type: 'list',
          items: [
            'We keep your information only as long as these purposes need, and no longer.',
            'SMS verification codes are valid for 5 minutes and work only once.',
            'Your ID photo and mailing address are used for that one application and deleted once it is finished, unless the law requires us to keep them.',
            'When you unlink your card or close your account, we delete your link and personal information from this service, unless the law requires us to keep them.',
            'Contribution records and card details are kept by the social insurance agency as the law requires; unlinking does not delete them.',
          ],
        },
      ],
    },
    {
      heading: 'Your rights',
      body: [
        {
          type: 'list',
          items: [
            'Access: see the information this service holds about you, and its access history, at any time.',
            'Correction: ask for wrong information to be corrected. For a wrong contribution record, ask the social insurance agency to check and correct it.',
            'Deletion and unlinking: unlink your card or close your account whenever you like; we then delete the related information as described above.',
            'Withdrawing consent: you can withdraw your consent to the handling of your personal information, your ID number included, at any time. Features that need it will then stop working, but what was done before you withdrew is not affected.',
          ],
        },
      ],
    },
    {
      heading: 'Contact us',
      body: [
        { type: 'paragraph', text: 'For any question, comment or complaint about this policy or your personal information, call the national hotline.' },
        { type: 'contact', label: 'National HR and social security hotline', phone: HOTLINE },
      ],
    },
    {
      heading: 'Changes to this policy',
      body: [
        {
          type: 'paragraph',
          text: 'When this policy changes, we will tell you in the mini-program; if a change affects your rights, we will ask for your consent again.',
        },
      ],
    },
  ],
};
