import type { Slug } from '../articles';
import { HOTLINE, type ArticleText } from '../types';

export const apply = {
  'apply-for-card': {
    title: '申领社保卡和办理进度',
    summary: '新办、补办、到期换卡怎么申请，以及进度里每一步是什么意思。',
    body: [
      { type: 'paragraph', text: '社保卡的申请分三种：' },
      {
        type: 'list',
        items: [
          '首次申领：还没有社保卡时申请。',
          '补卡：正式挂失之后申请新卡。',
          '换卡：卡片快到有效期时，从到期前60天起可以申请。',
        ],
      },
      { type: 'paragraph', text: '在线申请的步骤：' },
      {
        type: 'steps',
        items: [
          '选择发卡银行。',
          '填写个人信息。',
          '上传本人证件照，这张照片会印在卡面上。',
          '通过实名认证后提交申请。',
          '卡片做好后，到银行网点领取（或选择邮寄），在网点激活后就能使用。',
        ],
      },
      {
        type: 'paragraph',
        text: '提交后可以随时查看进度。每一步都会显示开始和结束时间、办理网点及网点电话。进度依次是：',
      },
      {
        type: 'steps',
        items: [
          '已提交：资料已经录入并提交。',
          '资料审核：与公安户籍信息进行核对，并检查照片是否合格。',
          '银行开户：发卡银行为您开立账户。',
          '制卡中：卡片正在制作。',
          '市银行已签收：卡片已经送到本市的银行。',
          '网点已签收：卡片已经到达您选择的银行网点。',
          '可以领卡（未激活）：可以带身份证去网点领卡了。',
          '已领卡并激活：卡片已领取并激活，可以正常使用。',
        ],
      },
      {
        type: 'callout',
        tone: 'info',
        text: '审核未通过时会写明原因，比如照片不合格，按原因修改后重新申请即可。制卡失败时会重新安排制作。卡片进入制作之前，您可以撤销申请。',
      },
      {
        type: 'callout',
        tone: 'warning',
        text: '卡片到网点后，请在一年内领取。超过一年没有领取的卡会被封存，需要重新申请。',
      },
      { type: 'paragraph', text: '急需用卡时，可以向网点咨询办理临时卡，临时卡的有效期为60天。' },
      { type: 'contact', label: '全国人社服务热线', phone: HOTLINE },
    ],
  },
} as const satisfies Partial<Record<Slug, ArticleText>>;
