import type { DeliveryMethod, ReviewFailReason, Stage } from '@ssc/shared';
import type { Locale } from '../i18n/messages';

/**
 * Stages whose words depend on how the card reaches the person: a mailed card is not collected at
 * a branch, only activated at one of the bank's branches once it has arrived.
 */
const MAIL_WORDED = ['cityBankReceived', 'branchReceived', 'readyToCollect', 'activated', 'expiredUncollected'] as const;
type MailWorded = (typeof MAIL_WORDED)[number];

/** What each stage means for the person, in plain words; a failed review says why. */
type ExplanationCode = Exclude<Stage, 'reviewFailed'> | `reviewFailed.${ReviewFailReason}` | `${MailWorded}.mail`;

const zhCN: Record<ExplanationCode, string> = {
  submitted: '申请已提交，正在等待工作人员受理。',
  review: '工作人员正在核对您的身份信息和照片。',
  accountOpened: '审核已通过，银行已为您的社保卡开立账户。',
  inProduction: '您的社保卡正在制作中。',
  cityBankReceived: '卡片已制作完成，已送到市级银行，正在分发到网点。',
  branchReceived: '卡片已送到您选择的网点，网点正在做领卡准备。',
  readyToCollect: '卡片可以领取了。请带上身份证到网点领卡并激活；一年内未领取的卡片将被封存。',
  activated: '您已领卡并激活，社保卡可以正常使用了。',
  productionFailed: '制卡没有成功，我们会重新制作，您无需重新申请。',
  cancelled: '申请已取消。如仍需要社保卡，可以重新申请。',
  expiredUncollected: '卡片超过一年未领取，已被封存。如仍需要，请重新申请。',
  'reviewFailed.photoUnclear': '审核未通过：照片不够清晰。请重新上传清晰的证件照后再申请。',
  'reviewFailed.photoNonCompliant': '审核未通过：照片不符合证件照要求（如背景、着装或角度）。请更换照片后再申请。',
  'reviewFailed.identityMismatch': '审核未通过：身份信息与照片不一致。请核对后重新申请。',
  'reviewFailed.registryMismatch': '审核未通过：信息与户籍登记不一致。请先到社保服务窗口核实。',
  'reviewFailed.other': '审核未通过。请查看办理说明，或拨打 12333 咨询。',
  'cityBankReceived.mail': '卡片已制作完成，已送到市级银行，正在准备寄给您。',
  'branchReceived.mail': '卡片已送到银行网点，网点正在准备寄出。',
  'readyToCollect.mail': '卡片已按您填写的地址寄出。收到后，请带上卡片和身份证到发卡银行任一网点激活；一年内未激活的卡片将被封存。',
  'activated.mail': '您已收到并激活社保卡，可以正常使用了。',
  'expiredUncollected.mail': '卡片超过一年未激活，已被封存。如仍需要，请重新申请。',
};

const en: typeof zhCN = {
  submitted: 'Your application has been sent and is waiting to be taken up.',
  review: 'Staff are checking your identity details and your photo.',
  accountOpened: 'The check passed and the bank has opened the account for your card.',
  inProduction: 'Your card is being made.',
  cityBankReceived: 'Your card is made and has reached the city bank, which is sending it to the branch.',
  branchReceived: 'Your card has reached the branch you chose, which is getting it ready for you.',
  readyToCollect: 'Your card is ready. Bring your ID card to the branch to collect and activate it. Cards not collected within a year are sealed.',
  activated: 'You have collected and activated your card. It is ready to use.',
  productionFailed: 'Making the card did not succeed. It will be made again; you do not need to apply again.',
  cancelled: 'The application was cancelled. You can apply again whenever you need a card.',
  expiredUncollected: 'The card was not collected within a year and has been sealed. Please apply again if you still need it.',
  'reviewFailed.photoUnclear': 'The check did not pass: the photo is not clear enough. Please upload a clear ID photo and apply again.',
  'reviewFailed.photoNonCompliant': 'The check did not pass: the photo does not meet ID photo rules (background, clothing or angle). Please use another photo and apply again.',
  'reviewFailed.identityMismatch': 'The check did not pass: your identity details and photo do not match. Please check them and apply again.',
  'reviewFailed.registryMismatch': 'The check did not pass: your details differ from the household registry. Please have them checked at a service window first.',
  'reviewFailed.other': 'The check did not pass. Please read the note from the office, or call 12333 for help.',
  'cityBankReceived.mail': 'Your card is made and has reached the city bank, which is getting it ready to send to you.',
  'branchReceived.mail': 'Your card has reached the bank branch, which is getting it ready to mail to you.',
  'readyToCollect.mail': 'Your card has been mailed to the address you gave. When it arrives, take it and your ID card to any branch of the bank to activate it. Cards not activated within a year are sealed.',
  'activated.mail': 'You have received and activated your card. It is ready to use.',
  'expiredUncollected.mail': 'The card was not activated within a year and has been sealed. Please apply again if you still need it.',
};

const es: typeof zhCN = {
  submitted: 'Su solicitud se ha enviado y espera a ser atendida.',
  review: 'El personal está comprobando sus datos de identidad y su foto.',
  accountOpened: 'La comprobación se aprobó y el banco abrió la cuenta de su tarjeta.',
  inProduction: 'Su tarjeta se está fabricando.',
  cityBankReceived: 'Su tarjeta está hecha y llegó al banco de la ciudad, que la envía a la sucursal.',
  branchReceived: 'Su tarjeta llegó a la sucursal elegida, que la está preparando para usted.',
  readyToCollect: 'Su tarjeta está lista. Lleve su documento de identidad a la sucursal para recogerla y activarla. Las tarjetas no recogidas en un año se bloquean.',
  activated: 'Ya recogió y activó su tarjeta. Puede usarla.',
  productionFailed: 'La fabricación de la tarjeta falló. Se fabricará de nuevo; no necesita volver a solicitarla.',
  cancelled: 'La solicitud se canceló. Puede solicitarla de nuevo cuando necesite una tarjeta.',
  expiredUncollected: 'La tarjeta no se recogió en un año y se ha bloqueado. Si aún la necesita, solicítela de nuevo.',
  'reviewFailed.photoUnclear': 'La comprobación no se aprobó: la foto no es lo bastante nítida. Suba una foto de identificación clara y vuelva a solicitarla.',
  'reviewFailed.photoNonCompliant': 'La comprobación no se aprobó: la foto no cumple las normas (fondo, ropa o ángulo). Use otra foto y vuelva a solicitarla.',
  'reviewFailed.identityMismatch': 'La comprobación no se aprobó: sus datos de identidad y la foto no coinciden. Revíselos y vuelva a solicitarla.',
  'reviewFailed.registryMismatch': 'La comprobación no se aprobó: sus datos no coinciden con el registro civil. Hágalos comprobar primero en una ventanilla.',
  'reviewFailed.other': 'La comprobación no se aprobó. Lea la nota de la oficina o llame al 12333.',
  'cityBankReceived.mail': 'Su tarjeta está hecha y llegó al banco de la ciudad, que la prepara para enviársela.',
  'branchReceived.mail': 'Su tarjeta llegó a la sucursal del banco, que la prepara para enviársela por correo.',
  'readyToCollect.mail': 'Su tarjeta se envió por correo a la dirección que indicó. Cuando la reciba, llévela con su documento de identidad a cualquier sucursal del banco para activarla. Las tarjetas no activadas en un año se bloquean.',
  'activated.mail': 'Ya recibió y activó su tarjeta. Puede usarla.',
  'expiredUncollected.mail': 'La tarjeta no se activó en un año y se ha bloqueado. Si aún la necesita, solicítela de nuevo.',
};

const TEXTS: Record<Locale, Record<ExplanationCode, string>> = { 'zh-CN': zhCN, en, es };

function isMailWorded(stage: Stage): stage is MailWorded {
  return (MAIL_WORDED as readonly Stage[]).includes(stage);
}

function explanationCode(stage: Stage, reason: ReviewFailReason | null, delivery: DeliveryMethod): ExplanationCode {
  if (stage === 'reviewFailed') return `reviewFailed.${reason ?? 'other'}`;
  return delivery === 'mail' && isMailWorded(stage) ? `${stage}.mail` : stage;
}

/**
 * The stage in plain words for the person, worded for how their card reaches them. `delivery`
 * defaults to collection at a branch for callers that do not know it (an old notice's payload).
 */
export function stageExplanation(stage: Stage, reason: ReviewFailReason | null, locale: Locale, delivery: DeliveryMethod = 'branch'): { code: string; text: string } {
  const code = explanationCode(stage, reason, delivery);
  return { code, text: TEXTS[locale][code] };
}
