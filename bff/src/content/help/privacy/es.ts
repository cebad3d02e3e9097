import { HOTLINE, type Mirror } from '../types';
import type { zhCN } from './zh-CN';

export const es: Mirror<typeof zhCN> = {
  title: 'Política de privacidad',
  sections: [
    {
      heading: 'De qué trata esta política',
      body: [
        {
          type: 'paragraph',
          text: 'Esta política explica qué información personal trata el servicio de tarjeta electrónica de seguridad social (esta miniaplicación y el sistema que la sostiene), para qué, cómo se protege, cuánto tiempo se guarda y qué derechos tiene usted. Le pedimos que la acepte antes de usar el servicio por primera vez, y le pedimos un consentimiento aparte antes de tratar datos sensibles como su número de identidad.',
        },
      ],
    },
    {
      heading: 'Qué datos recogemos',
      body: [
        {
          type: 'list',
          items: [
            'Su nombre y número de identidad (que es también su número de seguridad social): para verificar quién es y vincular su tarjeta. El número de identidad es un dato personal sensible.',
            'Su número de teléfono: para los códigos de verificación y los avisos sobre sus trámites.',
            'El número de su tarjeta: para mostrar la tarjeta electrónica y gestionar trámites como la denuncia de pérdida.',
            'Sus cotizaciones: las facilita la oficina de seguridad social, para mostrarle lo que se ha pagado.',
            'Una foto de carné: solo cuando solicita una tarjeta, para imprimirla en ella.',
            'Una dirección postal: solo si elige recibir la tarjeta por correo, para enviársela.',
            'Su identificador de inicio de sesión: el identificador de cuenta que nos da WeChat o Alipay, para reconocer que es usted quien entra. No incluye sus conversaciones, contactos ni datos de pago.',
            'Historial de accesos: cuándo y por qué canal se consultó o se usó cada uno de sus servicios, para controles de seguridad y para que usted pueda verlo.',
          ],
        },
      ],
    },
    {
      heading: 'Para qué los recogemos',
      body: [
        { type: 'paragraph', text: 'Usamos estos datos solo para prestarle los servicios que utiliza:' },
        {
          type: 'list',
          items: [
            'Comprobar que es usted de verdad, para que nadie pueda actuar en su nombre.',
            'Mostrarle su tarjeta electrónica, sus cotizaciones y el estado de sus solicitudes.',
            'Tramitar solicitudes, reposiciones, renovaciones, denuncias de pérdida y su contraseña de servicio.',
            'Enviarle códigos de verificación y los avisos a los que se suscriba.',
          ],
        },
        {
          type: 'paragraph',
          text: 'Cuando solicita una tarjeta, los datos necesarios para fabricarla se envían al banco emisor que eligió y a la oficina de seguridad social, y su identidad se contrasta con el registro de la policía. Fuera de eso, y salvo que la ley disponga otra cosa, no damos su información personal a nadie más ni la usamos para publicidad o marketing.',
        },
      ],
    },
    {
      heading: 'Cómo los protegemos',
      body: [
        {
          type: 'list',
          items: [
            'Su nombre, número de identidad, teléfono y datos similares se guardan cifrados.',
            'Las pantallas y las respuestas solo muestran datos enmascarados; un teléfono, por ejemplo, aparece como 138****1234.',
            'Los registros del sistema nunca guardan nombres, números de identidad, teléfonos, números de tarjeta ni direcciones.',
            'La información viaja cifrada por la red.',
            'Cada vez que se consulta su información o se realiza un trámite suyo, queda anotado; en la miniaplicación puede ver quién accedió a su información y cuándo.',
          ],
        },
      ],
    },
    {
      heading: 'Cuánto tiempo los guardamos',
      body: [
        {
          type: 'list',
          items: [
            'Guardamos sus datos solo el tiempo que exigen estos fines, y no más.',
            'Los códigos SMS de verificación valen 5 minutos y solo se pueden usar una vez.',
            'La foto y la dirección postal se usan solo para esa solicitud y se borran cuando termina, salvo que la ley obligue a conservarlas.',
            'Si desvincula su tarjeta o cierra su cuenta, borramos de este servicio la vinculación y sus datos personales, salvo que la ley obligue a conservarlos.',
            'Las cotizaciones y los datos de la tarjeta los conserva la oficina de seguridad social según la ley; desvincular la tarjeta no los borra.',
          ],
        },
      ],
    },
    {
      heading: 'Sus derechos',
      body: [
        {
          type: 'list',
          items: [
            'Acceso: ver en cualquier momento los datos que este servicio guarda sobre usted y su historial de accesos.',
            'Rectificación: pedir que se corrijan los datos erróneos. Si una cotización está mal, pida a la oficina de seguridad social que la revise y corrija.',
            'Supresión y desvinculación: desvincular su tarjeta o cerrar su cuenta cuando quiera; entonces borramos los datos relacionados como se explica arriba.',
            'Retirar el consentimiento: puede retirar en cualquier momento su consentimiento al tratamiento de sus datos personales, incluido el número de identidad. Las funciones que los necesitan dejarán de estar disponibles, pero lo hecho antes de retirarlo no se ve afectado.',
          ],
        },
      ],
    },
    {
      heading: 'Contacto',
      body: [
        { type: 'paragraph', text: 'Para cualquier duda, comentario o queja sobre esta política o sus datos personales, llame a la línea nacional.' },
        { type: 'contact', label: 'Línea nacional de recursos humanos y seguridad social', phone: HOTLINE },
      ],
    },
    {
      heading: 'Cambios en esta política',
      body: [
        {
          type: 'paragraph',
          text: 'Cuando esta política cambie, se lo indicaremos en la miniaplicación; si el cambio afecta a sus derechos, le volveremos a pedir su consentimiento.',
        },
      ],
    },
  ],
};
