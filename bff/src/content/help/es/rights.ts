import type { rights as reference } from '../zh-CN/rights';
import { HOTLINE, type Mirror } from '../types';

export const rights: Mirror<typeof reference> = {
  'your-rights': {
    title: 'Sus derechos en la seguridad social',
    summary: 'Según la Ley del Seguro Social, puede consultar gratis sus cotizaciones, la oficina debe llevar un registro completo y usted recibe un extracto de derechos al menos una vez al año.',
    body: [
      { type: 'paragraph', text: 'La Ley del Seguro Social de China le reconoce el derecho a saber cómo está su situación. Lo principal:' },
      {
        type: 'list',
        items: [
          'Consulta gratuita: puede consultar y comprobar sin coste sus cotizaciones y su registro de derechos (artículos 4 y 74).',
          'Registro completo: la oficina de seguridad social debe anotar a tiempo, de forma completa y exacta lo que usted pagó, lo que la empresa pagó por usted y las prestaciones que recibió (artículo 74).',
          'Extracto de derechos: la oficina le entrega un extracto personal de derechos al menos una vez al año, sin coste.',
          'Alta de la empresa: toda empresa debe inscribirse en la oficina de seguridad social en los 30 días siguientes a su creación (artículo 57).',
          'Alta de los empleados: la empresa debe dar de alta en la seguridad social a cada nuevo empleado en los 30 días siguientes a su contratación (artículo 58).',
        ],
      },
      { type: 'paragraph', text: 'Si un registro está mal o faltan meses:' },
      {
        type: 'steps',
        items: [
          'Reúna lo que demuestre que trabajó allí, como el contrato y las nóminas.',
          'Hable primero con la empresa y pídale que corrija el registro o pague lo que falta.',
          'Lleve su documento de identidad y esos papeles a la oficina de seguridad social y pida que revisen y corrijan el registro.',
          'Si algo no le queda claro, llame al 12333.',
        ],
      },
      {
        type: 'callout',
        tone: 'info',
        text: 'Si su empresa no le ha dado de alta o no ha cotizado como debe, tiene derecho a comunicarlo a la oficina de seguridad social de su zona.',
      },
      { type: 'contact', label: 'Línea nacional de recursos humanos y seguridad social', phone: HOTLINE },
    ],
  },
};
