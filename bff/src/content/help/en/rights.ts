import type { rights as reference } from '../zh-CN/rights';
import { HOTLINE, type Mirror } from '../types';

export const rights: Mirror<typeof reference> = {
  'your-rights': {
    title: 'Your rights in social insurance',
    summary: 'Under the Social Insurance Law you can check your records free of charge, the agency must keep them complete, and you get a personal rights statement at least once a year.',
    body: [
      { type: 'paragraph', text: "China's Social Insurance Law gives you the right to know where you stand. The main points:" },
      {
        type: 'list',
        items: [
          'Free look-up: you can look up and check your contribution records and personal rights records at no cost (articles 4 and 74).',
          'Complete records: the social insurance agency must record what you paid, what your employer paid for you and the benefits you received, promptly, completely and accurately (article 74).',
          'Rights statement: the agency gives you a personal rights statement at least once a year, free of charge.',
          'Employer registration: an employer must register with the social insurance agency within 30 days of being set up (article 57).',
          'Registering staff: an employer must register each new employee for social insurance within 30 days of hiring them (article 58).',
        ],
      },
      { type: 'paragraph', text: 'If a record is wrong or months are missing:' },
      {
        type: 'steps',
        items: [
          'Gather what proves you worked there, such as your employment contract and payslips.',
          'Check with your employer first and ask them to correct the record or pay what is missing.',
          'Take your ID card and those papers to the social insurance agency and ask for the records to be checked and corrected.',
          'If anything is unclear, call 12333.',
        ],
      },
      {
        type: 'callout',
        tone: 'info',
        text: 'If your employer has not registered you or paid as required, you are entitled to report it to your local social insurance agency.',
      },
      { type: 'contact', label: 'National HR and social security hotline', phone: HOTLINE },
    ],
  },
};
