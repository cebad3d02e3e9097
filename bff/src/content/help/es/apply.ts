import type { apply as reference } from '../zh-CN/apply';
import { HOTLINE, type Mirror } from '../types';

export const apply: Mirror<typeof reference> = {
  'apply-for-card': {
    title: 'Solicitar la tarjeta y seguir el trámite',
    summary: 'Cómo pedir una primera tarjeta, una reposición o una renovación, y qué significa cada paso del trámite.',
    body: [
      { type: 'paragraph', text: 'Hay tres tipos de solicitud:' },
      {
        type: 'list',
        items: [
          'Primera tarjeta: si nunca ha tenido tarjeta de seguridad social.',
          'Reposición: una tarjeta nueva después de una denuncia formal de pérdida.',
          'Renovación: cuando su tarjeta está a punto de caducar, a partir de 60 días antes de la fecha de caducidad.',
        ],
      },
      { type: 'paragraph', text: 'Para solicitarla en línea:' },
      {
        type: 'steps',
        items: [
          'Elija el banco emisor.',
          'Rellene sus datos personales.',
          'Suba una foto de carné suya; es la que se imprime en la tarjeta.',
          'Verifique su identidad y envíe la solicitud.',
          'Cuando la tarjeta esté lista, recójala en la sucursal del banco (o pida que se la envíen) y actívela en la sucursal antes de usarla.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Después de enviarla, puede seguir el trámite en cualquier momento. Cada paso muestra cuándo empezó y terminó, la sucursal que lo lleva y su teléfono. Los pasos, por orden:',
      },
      {
        type: 'steps',
        items: [
          'Enviada: sus datos se han registrado y enviado.',
          'En revisión: se comparan sus datos con el registro de la policía y se revisa la foto.',
          'Cuenta bancaria abierta: el banco emisor le ha abierto la cuenta.',
          'Tarjeta en fabricación: se está haciendo su tarjeta.',
          'En el banco de la ciudad: la tarjeta ha llegado a la oficina del banco en su ciudad.',
          'En su sucursal: la tarjeta ha llegado a la sucursal que eligió.',
          'Lista para recoger (sin activar): vaya a la sucursal con su documento de identidad a recogerla.',
          'Recogida y activada: ya tiene la tarjeta y puede usarla.',
        ],
      },
      {
        type: 'callout',
        tone: 'info',
        text: 'Si la revisión no se supera, se le indica el motivo (por ejemplo, que la foto no era adecuada); corríjalo y vuelva a solicitarla. Si falla la fabricación, la tarjeta simplemente se vuelve a fabricar. Puede cancelar la solicitud hasta que la tarjeta entre en fabricación.',
      },
      {
        type: 'callout',
        tone: 'warning',
        text: 'Recoja la tarjeta en el plazo de un año desde que llega a la sucursal. Las que pasan más de un año sin recoger quedan bloqueadas y habría que volver a solicitarla.',
      },
      { type: 'paragraph', text: 'Si necesita la tarjeta con urgencia, pregunte en la sucursal por una tarjeta provisional, válida durante 60 días.' },
      { type: 'contact', label: 'Línea nacional de recursos humanos y seguridad social', phone: HOTLINE },
    ],
  },
};
