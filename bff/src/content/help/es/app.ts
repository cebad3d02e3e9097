import type { app as reference } from '../zh-CN/app';
import { HOTLINE, type Mirror } from '../types';

export const app: Mirror<typeof reference> = {
  'elder-mode-and-languages': {
    title: 'Modo para mayores e idiomas',
    summary: 'El modo para mayores agranda el texto y simplifica las páginas. La aplicación está en chino simplificado, inglés y español.',
    body: [
      {
        type: 'paragraph',
        text: 'El modo para mayores está pensado para las personas de más edad: letra y botones más grandes, menos páginas y más sencillas, y lo más usado (la tarjeta electrónica, las cotizaciones y la línea 12333) siempre a la vista.',
      },
      { type: 'paragraph', text: 'Para activar el modo para mayores:' },
      {
        type: 'steps',
        items: ['Vaya a la página Mi cuenta.', 'Busque Modo de letra grande y actívelo.', 'Para volver a la vista normal, desactívelo de nuevo.'],
      },
      { type: 'paragraph', text: 'Si ha aumentado el tamaño de letra en WeChat, la miniaplicación lo tiene en cuenta y también muestra la letra más grande.' },
      {
        type: 'paragraph',
        text: 'Idiomas: la aplicación y su ayuda están en chino simplificado, inglés y español. Por defecto sigue el idioma del teléfono; puede cambiarlo en Idioma, dentro de la página Mi cuenta.',
      },
      {
        type: 'callout',
        tone: 'info',
        text: 'Si le cuesta leer o usar la pantalla, pida ayuda a un familiar, llame al 12333 para hablar con una persona o acuda con su documento de identidad a una ventanilla.',
      },
      { type: 'contact', label: 'Línea nacional de recursos humanos y seguridad social', phone: HOTLINE },
    ],
  },
};
