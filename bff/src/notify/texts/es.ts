import type { NoticeTexts } from './types';

export const es: NoticeTexts = {
  stages: {
    submitted: 'Enviada',
    review: 'En revisión',
    accountOpened: 'Cuenta abierta',
    inProduction: 'En fabricación',
    cityBankReceived: 'En el banco de la ciudad',
    branchReceived: 'En la sucursal',
    readyToCollect: 'Lista para recoger',
    activated: 'Activada',
    reviewFailed: 'Revisión no aprobada',
    productionFailed: 'Fabricación fallida',
    cancelled: 'Cancelada',
    expiredUncollected: 'Bloqueada (no recogida)',
  },
  mailStages: { branchReceived: 'Por enviar', readyToCollect: 'Enviada por correo', expiredUncollected: 'Bloqueada (no activada)' },
  application: { title: 'Novedades de su solicitud' },
  lossLifted: {
    title: 'Aviso de pérdida retirado',
    status: 'Retirado',
    detail: 'Su aviso temporal de pérdida terminó a los 7 días y la tarjeta vuelve a funcionar. Si aún no la encuentra, avise de nuevo o declare la pérdida definitiva en el banco.',
  },
  passwordLocked: {
    title: 'Contraseña de servicio bloqueada',
    status: 'Bloqueada',
    detail: 'La contraseña de servicio se introdujo mal 6 veces y quedó bloqueada. Puede restablecerla en la aplicación con un código por SMS o en una ventanilla con su documento de identidad. Si no fue usted, restablézcala pronto.',
  },
  formalLoss: {
    title: 'Tarjeta declarada perdida',
    status: 'Declarada perdida',
    detail: 'El banco registró la pérdida definitiva de su tarjeta; la tarjeta anterior ya no se puede usar. Puede solicitar una nueva en la aplicación.',
  },
};
