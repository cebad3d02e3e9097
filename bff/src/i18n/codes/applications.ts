/** Error texts of card applications, their progress and ID photos. */
const zhCN = {
  APPLICATION_NOT_ALLOWED: '目前不能办理这类申请，请查看您的社保卡状态，或选择其他申请类型。',
  APPLICATION_IN_PROGRESS: '您已有一个正在办理的申请，请等它办结或取消后再提交新的申请。',
  IDEMPOTENCY_KEY_REUSED: '这次提交与之前的一次提交冲突，请刷新页面后重新提交。',
  ILLEGAL_TRANSITION: '申请当前所处的环节不能进行这一步操作。',
  CANNOT_CANCEL: '社保卡已进入制卡环节，申请无法再取消。',
  PHOTO_NOT_FOUND: '找不到这张照片，请重新上传证件照。',
  PHOTO_TYPE_UNSUPPORTED: '照片只能是 JPG 或 PNG 格式，请换一张照片。',
  PHOTO_TOO_LARGE: '照片不能超过 2 MB，请压缩后重新上传。',
  PHOTO_TOO_SMALL: '照片太小，看不清楚，请上传更清晰的证件照。',
  PHOTO_NOT_PORTRAIT: '请上传竖版的证件照（高度大于宽度），不要用横拍的照片或长截图。',
};

const en: typeof zhCN = {
  APPLICATION_NOT_ALLOWED: 'This kind of application is not possible right now. Please check your card status or choose another kind.',
  APPLICATION_IN_PROGRESS: 'You already have an application in progress. Please wait for it to finish, or cancel it, before applying again.',
  IDEMPOTENCY_KEY_REUSED: 'This submission clashes with an earlier one. Please refresh the page and submit again.',
  ILLEGAL_TRANSITION: 'The application cannot take this step from where it is now.',
  CANNOT_CANCEL: 'Your card is already being made, so the application can no longer be cancelled.',
  PHOTO_NOT_FOUND: 'We could not find this photo. Please upload your ID photo again.',
  PHOTO_TYPE_UNSUPPORTED: 'The photo must be a JPG or PNG image. Please choose another photo.',
  PHOTO_TOO_LARGE: 'The photo must be 2 MB or smaller. Please make it smaller and upload it again.',
  PHOTO_TOO_SMALL: 'The photo is too small to be clear. Please upload a sharper ID photo.',
  PHOTO_NOT_PORTRAIT: 'Please upload an upright ID photo, taller than it is wide: not a landscape picture or a long screenshot.',
};

const es: typeof zhCN = {
  APPLICATION_NOT_ALLOWED: 'Ahora no es posible este tipo de solicitud. Revise el estado de su tarjeta o elija otro tipo.',
  APPLICATION_IN_PROGRESS: 'Ya tiene una solicitud en curso. Espere a que termine, o cancélela, antes de solicitar otra.',
  IDEMPOTENCY_KEY_REUSED: 'Este envío choca con uno anterior. Actualice la página y vuelva a enviarlo.',
  ILLEGAL_TRANSITION: 'La solicitud no puede dar este paso desde la etapa en que está.',
  CANNOT_CANCEL: 'Su tarjeta ya se está fabricando, así que la solicitud ya no se puede cancelar.',
  PHOTO_NOT_FOUND: 'No encontramos esta foto. Vuelva a subir su foto de identificación.',
  PHOTO_TYPE_UNSUPPORTED: 'La foto debe ser una imagen JPG o PNG. Elija otra foto.',
  PHOTO_TOO_LARGE: 'La foto no puede superar 2 MB. Redúzcala y vuelva a subirla.',
  PHOTO_TOO_SMALL: 'La foto es demasiado pequeña para verse bien. Suba una foto de identificación más nítida.',
  PHOTO_NOT_PORTRAIT: 'Suba una foto de identificación vertical, más alta que ancha: no una foto apaisada ni una captura larga.',
};

export const applications = { 'zh-CN': zhCN, en, es };
