/**
 * Banks that co-issue the social security card and the branches where cards are collected.
 * Demonstration data in the shape real city lists have (name, district, street address, phone,
 * opening hours); the addresses and phone numbers are illustrative, not a directory to call.
 */
/** When a branch is open; the app words it in the reader's language. */
export interface OpeningHours {
  days: 'weekdays' | 'everyDay';
  opens: string;
  closes: string;
}

export interface Branch {
  code: string;
  name: string;
  nameEn: string;
  city: string;
  district: string;
  address: string;
  phone: string;
  hours: OpeningHours;
}

export interface Bank {
  code: string;
  name: string;
  nameEn: string;
  branches: Branch[];
}

const WEEKDAYS: OpeningHours = { days: 'weekdays', opens: '9:00', closes: '17:00' };
const ALL_WEEK: OpeningHours = { days: 'everyDay', opens: '9:00', closes: '17:00' };

export const BANKS: readonly Bank[] = [
  {
    code: 'ICBC',
    name: '中国工商银行',
    nameEn: 'Industrial and Commercial Bank of China',
    branches: [
      { code: 'ICBC-GZ-TH', name: '中国工商银行广州天河支行', nameEn: 'ICBC Guangzhou Tianhe Sub-branch', city: '广州市', district: '天河区', address: '广州市天河区天河路 208 号', phone: '020-38881234', hours: ALL_WEEK },
      { code: 'ICBC-GZ-YX', name: '中国工商银行广州越秀支行', nameEn: 'ICBC Guangzhou Yuexiu Sub-branch', city: '广州市', district: '越秀区', address: '广州市越秀区中山五路 68 号', phone: '020-83332468', hours: WEEKDAYS },
      { code: 'ICBC-SZ-FT', name: '中国工商银行深圳福田支行', nameEn: 'ICBC Shenzhen Futian Sub-branch', city: '深圳市', district: '福田区', address: '深圳市福田区深南中路 3018 号', phone: '0755-82461234', hours: ALL_WEEK },
      { code: 'ICBC-BJ-XC', name: '中国工商银行北京西城支行', nameEn: 'ICBC Beijing Xicheng Sub-branch', city: '北京市', district: '西城区', address: '北京市西城区复兴门内大街 55 号', phone: '010-66101234', hours: WEEKDAYS },
    ],
  },
  {
    code: 'CCB',
    name: '中国建设银行',
    nameEn: 'China Construction Bank',
    branches: [
      { code: 'CCB-GZ-HZ', name: '中国建设银行广州海珠支行', nameEn: 'CCB Guangzhou Haizhu Sub-branch', city: '广州市', district: '海珠区', address: '广州市海珠区江南大道中 180 号', phone: '020-84421357', hours: ALL_WEEK },
      { code: 'CCB-SZ-NS', name: '中国建设银行深圳南山支行', nameEn: 'CCB Shenzhen Nanshan Sub-branch', city: '深圳市', district: '南山区', address: '深圳市南山区南海大道 2016 号', phone: '0755-26631357', hours: WEEKDAYS },
      { code: 'CCB-BJ-CY', name: '中国建设银行北京朝阳支行', nameEn: 'CCB Beijing Chaoyang Sub-branch', city: '北京市', district: '朝阳区', address: '北京市朝阳区朝阳门北大街 8 号', phone: '010-65521357', hours: ALL_WEEK },
    ],
  },
  {
    code: 'ABC',
    name: '中国农业银行',
    nameEn: 'Agricultural Bank of China',
    branches: [
      { code: 'ABC-GZ-BY', name: '中国农业银行广州白云支行', nameEn: 'ABC Guangzhou Baiyun Sub-branch', city: '广州市', district: '白云区', address: '广州市白云区机场路 1100 号', phone: '020-86172468', hours: WEEKDAYS },
      { code: 'ABC-SZ-LH', name: '中国农业银行深圳罗湖支行', nameEn: 'ABC Shenzhen Luohu Sub-branch', city: '深圳市', district: '罗湖区', address: '深圳市罗湖区解放路 4008 号', phone: '0755-82232468', hours: ALL_WEEK },
      { code: 'ABC-BJ-HD', name: '中国农业银行北京海淀支行', nameEn: 'ABC Beijing Haidian Sub-branch', city: '北京市', district: '海淀区', address: '北京市海淀区中关村大街 27 号', phone: '010-62652468', hours: WEEKDAYS },
    ],
  },
  {
    code: 'BOC',
    name: '中国银行',
    nameEn: 'Bank of China',
    branches: [
      { code: 'BOC-GZ-PY', name: '中国银行广州番禺支行', nameEn: 'Bank of China Guangzhou Panyu Sub-branch', city: '广州市', district: '番禺区', address: '广州市番禺区市桥街平康路 66 号', phone: '020-84829753', hours: WEEKDAYS },
      { code: 'BOC-SZ-BA', name: '中国银行深圳宝安支行', nameEn: 'Bank of China Shenzhen Bao\'an Sub-branch', city: '深圳市', district: '宝安区', address: '深圳市宝安区新安四路 198 号', phone: '0755-27789753', hours: ALL_WEEK },
    ],
  },
];

export function findBank(code: string): Bank | undefined {
  return BANKS.find((bank) => bank.code === code);
}

export function findBranch(bankCode: string, branchCode: string): Branch | undefined {
  return findBank(bankCode)?.branches.find((branch) => branch.code === branchCode);
}
