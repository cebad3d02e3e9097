import type { Slug } from '../articles';
import { HOTLINE, type ArticleText } from '../types';

export const rights = {
  'your-rights': {
    title: '您在社会保险中的权利',
    summary: '依照《社会保险法》，您可以免费查询缴费记录，经办机构要完整记录，并且每年至少给您一次个人权益记录单。',
    body: [
      { type: 'paragraph', text: '《中华人民共和国社会保险法》规定了您了解自己社保情况的权利，主要有这些：' },
      {
        type: 'list',
        items: [
          '免费查询：您可以免费查询、核对自己的缴费记录和个人权益记录（第四条、第七十四条）。',
          '完整记录：社保经办机构应当及时、完整、准确地记录您本人的缴费、单位为您的缴费以及您享受待遇的情况（第七十四条）。',
          '权益记录单：经办机构每年至少一次向您提供个人权益记录单，不收费用。',
          '单位登记：用人单位应当自成立之日起30日内，到社保经办机构办理社会保险登记（第五十七条）。',
          '为职工登记：用人单位应当自用工之日起30日内，为新职工办理社会保险登记（第五十八条）。',
        ],
      },
      { type: 'paragraph', text: '如果发现记录有错或缺了月份，可以这样做：' },
      {
        type: 'steps',
        items: [
          '整理好劳动合同、工资条等能证明工作关系的材料。',
          '先和单位核实，请单位更正或补缴。',
          '带上身份证和材料，到社保经办机构申请核对和更正。',
          '有不清楚的地方，拨打 12333 咨询。',
        ],
      },
      {
        type: 'callout',
        tone: 'info',
        text: '单位没有按规定为您登记或缴费的，您可以向当地社保经办机构反映，这是您的正当权利。',
      },
      { type: 'contact', label: '全国人社服务热线', phone: HOTLINE },
    ],
  },
} as const satisfies Partial<Record<Slug, ArticleText>>;
