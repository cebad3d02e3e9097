import type { card as reference } from '../zh-CN/card';
import { HOTLINE, type Mirror } from '../types';

export const card: Mirror<typeof reference> = {
  'electronic-card': {
    title: 'Qué es la tarjeta electrónica y para qué sirve la tarjeta',
    summary: 'La tarjeta electrónica es su tarjeta de seguridad social en el móvil. Con ella puede ir al médico o hacer trámites de seguridad social en todo el país.',
    body: [
      {
        type: 'paragraph',
        text: 'Su tarjeta electrónica de seguridad social corresponde exactamente a su tarjeta física. Puede obtenerla en cuanto verifique su identidad. Muestra su nombre y su número de seguridad social parcialmente ocultos, la ciudad emisora y el estado de la tarjeta. Su número de seguridad social es su número de identidad y no cambia nunca.',
      },
      {
        type: 'paragraph',
        text: 'Al mostrar la tarjeta electrónica aparece un código QR que se renueva más o menos cada minuto. Cada código solo se puede escanear una vez, así que una captura de pantalla enviada a otra persona no sirve.',
      },
      { type: 'paragraph', text: 'La tarjeta, física o electrónica, sirve para:' },
      {
        type: 'list',
        items: [
          'Médico y medicinas: atención en hospitales y farmacias, con el seguro médico liquidado en el momento.',
          'Pensión: trámites de pensión y cobro de la pensión.',
          'Desempleo: inscribirse como desempleado y cobrar las prestaciones por desempleo.',
          'Formación: cursos de formación profesional y sus ayudas.',
          'Accidentes de trabajo: solicitar las prestaciones por accidente de trabajo.',
          'Otras regiones: gracias a la política nacional de tarjeta única, también funciona en otras ciudades.',
        ],
      },
      {
        type: 'callout',
        tone: 'warning',
        text: 'Para recibir atención médica en otra ciudad o provincia, en muchos lugares todavía hay que registrarse antes para la atención fuera de su zona o conseguir una derivación; si no, puede que la factura no se liquide directamente. Consulte antes de viajar en el lugar donde está asegurado o llame al 12333.',
      },
      {
        type: 'callout',
        tone: 'info',
        text: 'La tarjeta electrónica tiene su propia contraseña de servicio de 6 dígitos, distinta de la contraseña bancaria. Mientras la tarjeta física esté denunciada como perdida, el código QR queda suspendido.',
      },
    ],
  },
  'service-password': {
    title: 'La contraseña de servicio de su tarjeta',
    summary: 'Seis dígitos. Cambie enseguida la inicial 123456. Seis errores seguidos la bloquean; se desbloquea con un código SMS o en una ventanilla.',
    body: [
      {
        type: 'paragraph',
        text: 'La contraseña de servicio sirve para los trámites de seguridad social y la tarjeta electrónica, y es la misma en todos los canales. Es independiente de la contraseña de la cuenta bancaria de su tarjeta: cambiar una no cambia la otra.',
      },
      { type: 'paragraph', text: 'Al elegir la contraseña de servicio:' },
      {
        type: 'list',
        items: [
          'Debe tener exactamente 6 dígitos.',
          'Una tarjeta nueva viene con 123456. Cámbiela la primera vez que la use.',
          'No puede ser el mismo dígito seis veces, como 111111.',
          'No puede ser una serie que sube o baja, como 123456 o 987654.',
          'No puede ser una secuencia de seis dígitos seguidos de su número de identidad.',
        ],
      },
      { type: 'paragraph', text: 'Para cambiarla: escriba la contraseña actual y después la nueva dos veces.' },
      {
        type: 'callout',
        tone: 'warning',
        text: 'Seis errores seguidos bloquean la contraseña por un tiempo. Si la ha olvidado o está bloqueada, puede resolverlo de cualquiera de estas formas:',
      },
      {
        type: 'list',
        items: [
          'Reciba un código SMS en el teléfono registrado, confírmelo y elija una contraseña nueva.',
          'Acuda con su documento de identidad a una ventanilla de seguridad social y pida que la restablezcan y desbloqueen.',
        ],
      },
      {
        type: 'callout',
        tone: 'info',
        text: 'La contraseña bancaria la gestiona el banco emisor. Para cambiarla o si la ha olvidado, diríjase al banco; este servicio no puede ayudarle con ella.',
      },
      { type: 'contact', label: 'Línea nacional de recursos humanos y seguridad social', phone: HOTLINE },
    ],
  },
  'report-loss': {
    title: '¿Ha perdido la tarjeta? Denuncia temporal y denuncia formal',
    summary: 'Haga primero una denuncia temporal. Si la encuentra en 7 días, anúlela usted mismo; si no aparece, haga la denuncia formal en el banco y pida una nueva.',
    body: [
      { type: 'paragraph', text: 'Si no encuentra su tarjeta, denuncie la pérdida cuanto antes. Hay dos tipos de denuncia, temporal y formal. Lo mejor es seguir este orden:' },
      {
        type: 'steps',
        items: [
          'Haga enseguida una denuncia temporal de pérdida, en esta miniaplicación o en otro canal en línea.',
          'Busque la tarjeta durante los 7 días siguientes.',
          'Si la encuentra: introduzca su contraseña de servicio para anular la denuncia antes de tiempo; la tarjeta vuelve a funcionar al momento.',
          'Si no aparece: acuda con su documento de identidad a una sucursal del banco emisor, haga la denuncia formal y solicite una tarjeta de reposición.',
        ],
      },
      { type: 'paragraph', text: 'La denuncia temporal:' },
      {
        type: 'list',
        items: [
          'Se anula sola a los 7 días; no tiene que hacer nada.',
          'Se puede anular antes con su contraseña de servicio.',
          'Mientras dura, el código QR de la tarjeta electrónica no funciona.',
        ],
      },
      { type: 'paragraph', text: 'La denuncia formal:' },
      {
        type: 'list',
        items: [
          'Se hace en una sucursal del banco emisor.',
          'No se puede deshacer: la tarjeta anterior deja de valer para siempre.',
          'Va seguida de una tarjeta de reposición, que se solicita igual que una tarjeta nueva.',
        ],
      },
      {
        type: 'callout',
        tone: 'warning',
        text: 'Si cree que otra persona puede tener su tarjeta, haga directamente la denuncia formal en lugar de esperar a que venza la temporal.',
      },
      { type: 'contact', label: 'Línea nacional de recursos humanos y seguridad social', phone: HOTLINE },
    ],
  },
};
