import { addMonths, idCheckCharacter, type CardState, type Stage } from '@ssc/shared';
import type { CareerProfile } from './career';

/**
 * The demonstration people `npm start` puts in an empty database. Each covers a situation the
 * product must handle; README.md lists how to sign in as each (H5 login with the phone, then
 * binding with name and ID number). Periods are relative to the current month so the data stays
 * current whenever it is seeded.
 */
export interface SeedPerson {
  key: string;
  story: string;
  name: string;
  idNumber: string;
  phone: string;
  city: string;
  retired?: boolean;
  flexibleWorker?: boolean;
  career: CareerProfile;
  card?: { number: string; bank: string; issued: string; expires: string; state?: CardState; password?: string; lostDaysAgo?: number };
  application?: { kind: 'new' | 'replacement' | 'renewal'; bankCode: string; branchCode: string; stage: Stage; daysAgo: number; demo: boolean; reason?: 'photoUnclear' };
}

const id = (first17: string) => first17 + idCheckCharacter(first17);

/** `lastPeriod` is the latest month with records (the previous month). */
export function seedPeople(lastPeriod: string): SeedPerson[] {
  const back = (months: number) => addMonths(lastPeriod, -months);
  return [
    {
      key: 'career',
      story: 'long career, an 8-month gap, moved from Guangzhou to Shenzhen, a second job in 2019; card expiring, renewal in production',
      name: '陈志强',
      idNumber: id('44010619780312003'),
      phone: '13800138001',
      city: '深圳市',
      career: {
        from: '2002-07',
        to: lastPeriod,
        baseSalary: 180_000,
        yearlyGrowth: 0.06,
        employers: [
          { name: '广州明德贸易有限公司', city: '广州市', district: '天河区', from: '2002-07', to: '2010-06' },
          { name: '广州华南物流有限公司', city: '广州市', district: '越秀区', from: '2011-03', to: '2016-08' },
          { name: '深圳前海云启科技有限公司', city: '深圳市', district: '南山区', from: '2016-09', to: lastPeriod },
        ],
        // Weekend deliveries for most of 2019: that employer insured him against work injury too.
        sideJobs: [{ name: '深圳鹏城即时配送有限公司', city: '深圳市', district: '南山区', from: '2019-03', to: '2019-10', base: 300_000 }],
        declaredMonths: 1,
      },
      card: { number: 'G40128735', bank: 'ICBC', issued: '2016-11-20', expires: 'soon', password: '258147' },
      application: { kind: 'renewal', bankCode: 'ICBC', branchCode: 'ICBC-SZ-FT', stage: 'inProduction', daysAgo: 9, demo: true },
    },
    {
      key: 'graduate',
      story: 'recent graduate, first job; card still on its initial password 123456',
      name: '林晓雨',
      idNumber: id('44010620020905004'),
      phone: '13800138002',
      city: '广州市',
      career: {
        from: back(15),
        to: lastPeriod,
        baseSalary: 650_000,
        employers: [{ name: '广州云帆网络科技有限公司', city: '广州市', district: '天河区', from: back(15), to: lastPeriod }],
      },
      card: { number: 'G52067413', bank: 'CCB', issued: 'recent', expires: 'far' },
    },
    {
      key: 'flexible',
      story: 'factory worker, then a flexible worker paying alone, two months unpaid; card temporarily reported lost',
      name: '王秀英',
      idNumber: id('44010519721120006'),
      phone: '13800138003',
      city: '广州市',
      flexibleWorker: true,
      career: {
        from: '1998-03',
        to: lastPeriod,
        baseSalary: 60_000,
        yearlyGrowth: 0.07,
        employers: [{ name: '广州海珠纺织有限公司', city: '广州市', district: '海珠区', from: '1998-03', to: '2012-12' }],
        flexible: [{ city: '广州市', district: '海珠区社会保险经办处', from: '2013-06', to: lastPeriod }],
        arrearsMonths: 2,
      },
      card: { number: 'G31890562', bank: 'ABC', issued: '2019-04-02', expires: 'far', password: '582946', lostDaysAgo: 2 },
    },
    {
      key: 'retiree',
      story: 'retired in 2018 after 26 years in Beijing; renewed his card last year',
      name: '张建国',
      idNumber: id('11010519580501003'),
      phone: '13800138004',
      city: '北京市',
      retired: true,
      career: {
        from: '1992-01',
        to: '2018-04',
        baseSalary: 40_000,
        yearlyGrowth: 0.08,
        employers: [
          { name: '北京第一机床厂', city: '北京市', district: '朝阳区', from: '1992-01', to: '2009-12' },
          { name: '北京华远物业管理有限公司', city: '北京市', district: '海淀区', from: '2010-01', to: '2018-04' },
        ],
      },
      card: { number: 'G10876234', bank: 'ABC', issued: 'lastYear', expires: 'far', password: '369258' },
      application: { kind: 'renewal', bankCode: 'ABC', branchCode: 'ABC-BJ-HD', stage: 'activated', daysAgo: 400, demo: false },
    },
    {
      key: 'formalLoss',
      story: 'card formally reported lost at the bank; replacement application under review',
      name: '赵敏',
      idNumber: id('44030519900115008'),
      phone: '13800138005',
      city: '深圳市',
      career: {
        from: '2013-07',
        to: lastPeriod,
        baseSalary: 420_000,
        yearlyGrowth: 0.05,
        employers: [{ name: '深圳南山医疗器械有限公司', city: '深圳市', district: '南山区', from: '2013-07', to: lastPeriod }],
      },
      card: { number: 'G44509178', bank: 'CCB', issued: '2018-05-10', expires: 'far', password: '741852', state: 'L', lostDaysAgo: 6 },
      application: { kind: 'replacement', bankCode: 'CCB', branchCode: 'CCB-SZ-NS', stage: 'review', daysAgo: 3, demo: true },
    },
    {
      key: 'noCard',
      story: 'moved to Beijing, no card yet; first application failed review (photo unclear), may apply again',
      name: '刘洋',
      idNumber: id('11010819950630001'),
      phone: '13800138006',
      city: '北京市',
      career: {
        from: '2018-07',
        to: lastPeriod,
        baseSalary: 550_000,
        yearlyGrowth: 0.04,
        employers: [{ name: '北京海淀智联软件有限公司', city: '北京市', district: '海淀区', from: '2018-07', to: lastPeriod }],
      },
      application: { kind: 'new', bankCode: 'ICBC', branchCode: 'ICBC-BJ-XC', stage: 'reviewFailed', daysAgo: 12, demo: false, reason: 'photoUnclear' },
    },
  ];
}
