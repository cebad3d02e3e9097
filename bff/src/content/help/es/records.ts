import type { records as reference } from '../zh-CN/records';
import { HOTLINE, type Mirror } from '../types';

export const records: Mirror<typeof reference> = {
  'look-up-records': {
    title: 'Dónde consultar sus cotizaciones',
    summary: 'En una ventanilla con su documento de identidad, en la web de recursos humanos y seguridad social, en WeChat, en Alipay o en la línea 12333. Es gratis.',
    body: [
      { type: 'paragraph', text: 'Consultar sus propias cotizaciones a la seguridad social no cuesta nada. Además de esta miniaplicación, puede usar cualquiera de estas vías; elija la que le resulte más cómoda.' },
      {
        type: 'list',
        items: [
          'Ventanilla: acuda con su documento de identidad a una oficina de seguridad social o a un centro de atención de recursos humanos y seguridad social. Allí mismo pueden imprimirle el historial.',
          'Sitio web: entre en la web oficial de la oficina de recursos humanos y seguridad social de su ciudad y busque en los servicios personales.',
          'WeChat: abra Yo → Servicios (Pagar en algunas versiones) → Servicios de la ciudad → Seguridad social y siga las indicaciones.',
          'Alipay: abra Servicios de la ciudad → Seguridad social → Tarjeta electrónica de seguridad social. Cuando tenga la tarjeta electrónica, podrá consultar su historial.',
          'Teléfono: llame a la línea nacional 12333 y siga el menú de voz, o pida hablar con una persona.',
        ],
      },
      { type: 'paragraph', text: 'En la ventanilla, el trámite suele ser así:' },
      {
        type: 'steps',
        items: [
          'Lleve su documento de identidad en vigor.',
          'Saque número en el centro de atención y espere su turno.',
          'Diga que quiere consultar o imprimir sus cotizaciones y, si solo necesita una parte, de qué años y tipos de seguro.',
          'Revise el documento antes de irse y pregunte lo que no entienda.',
        ],
      },
      {
        type: 'callout',
        tone: 'warning',
        text: 'Todas las vías comprueban primero su identidad. El personal nunca le pedirá su contraseña ni un código SMS: no se los dé a nadie.',
      },
      { type: 'contact', label: 'Línea nacional de recursos humanos y seguridad social', phone: HOTLINE },
    ],
  },
  'payment-records': {
    title: 'Cómo leer sus cotizaciones',
    summary: 'Quién paga cada uno de los cinco seguros, qué significan la base y los importes, y cómo leer los estados, los años cotizados y los saldos.',
    body: [
      { type: 'paragraph', text: 'La seguridad social tiene cinco seguros: pensión, médico, desempleo, accidentes de trabajo y maternidad. Quién paga depende de cómo trabaje:' },
      {
        type: 'list',
        items: [
          'Si trabaja por cuenta ajena: la empresa cotiza por los cinco. Usted paga su parte de pensión, médico y desempleo, que normalmente se descuenta del sueldo.',
          'Los seguros de accidentes de trabajo y de maternidad los paga solo la empresa; usted no paga nada por ellos.',
          'Si es trabajador flexible: usted mismo paga el seguro de pensión y el médico.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Cada registro corresponde a un seguro en un mes. Muestra el mes, la base de cotización, su importe, el importe de la empresa, el total, quién pagó y qué oficina lo tramitó. La base es la cifra sobre la que se calculan los importes: usted y la empresa pagan cada uno su porcentaje.',
      },
      {
        type: 'list',
        items: [
          'Pagado: el dinero de ese mes ya llegó. Todo en orden.',
          'Declarado, aún no recibido: la empresa declaró el mes, pero el dinero aún no ha llegado. Suele resolverse solo; si se repite varios meses, pregunte a la empresa.',
          'Impagado: ese mes debía pagarse y no se pagó. Pregunte el motivo a la empresa o a la oficina de seguridad social.',
        ],
      },
      { type: 'callout', tone: 'info', text: 'Los registros de un mes suelen aparecer durante el mes siguiente. Si acaba de empezar a trabajar o de pagar y aún no los ve, es normal.' },
      {
        type: 'paragraph',
        text: 'Los años cotizados suman los meses realmente pagados y se muestran así: «8 años y 8 meses». Para cobrar una pensión mensual al jubilarse, normalmente hacen falta al menos 15 años de cotización a la pensión.',
      },
      {
        type: 'callout',
        tone: 'warning',
        text: 'El saldo de su cuenta personal no es todo lo que se ha pagado. La pensión y el seguro médico tienen cada uno una cuenta personal con su saldo, lo ingresado y lo gastado. La mayor parte de lo que paga la empresa va a un fondo común que paga las prestaciones de todos, por eso no aparece en su saldo.',
      },
      {
        type: 'paragraph',
        text: 'Si ha trabajado en varias ciudades, tendrá registros de cada una. Cada registro indica dónde se pagó. Si faltan los de alguna ciudad, consúltelos allí o pregunte cómo trasladar su seguridad social a donde vive ahora.',
      },
    ],
  },
  'payment-gaps': {
    title: 'Qué es un hueco en las cotizaciones y qué hacer',
    summary: 'Un hueco es un mes sin pago entre su primera y su última cotización. Puede afectar a sus años cotizados y a sus prestaciones: conviene resolverlo pronto.',
    body: [
      {
        type: 'paragraph',
        text: 'Entre su primer pago y el más reciente, cualquier mes sin un registro pagado es un hueco. Esta miniaplicación le indica exactamente qué meses faltan en cada seguro.',
      },
      { type: 'paragraph', text: 'Un hueco puede afectarle así:' },
      {
        type: 'list',
        items: [
          'Esos meses no cuentan como cotizados, lo que puede retrasar el momento en que llegue a los 15 años que suelen exigirse para la pensión.',
          'Tras un hueco en el seguro médico, es posible que durante un tiempo no pueda cobrar los gastos médicos con normalidad.',
          'El tiempo cotizado al seguro de desempleo determina cuánto tiempo puede cobrar la prestación por desempleo.',
          'Algunas ciudades piden cotizaciones sin interrupción para trámites como el empadronamiento, la compra de vivienda o la plaza escolar de los hijos.',
        ],
      },
      { type: 'callout', tone: 'info', text: 'Las normas concretas cambian de un lugar a otro. La última palabra la tiene la oficina de seguridad social donde está asegurado.' },
      { type: 'paragraph', text: 'Si encuentra un hueco, siga estos pasos:' },
      {
        type: 'steps',
        items: [
          'Compruebe primero: puede que el último mes o los dos últimos aún no hayan llegado o figuren como «Declarado, aún no recibido». Espere un poco y vuelva a mirar.',
          'Hueco mientras trabajaba: pregunte el motivo a recursos humanos o a nóminas de su empresa y pida que paguen los meses que faltan. Cotizar por sus empleados es una obligación legal de la empresa.',
          'Sin empresa por ahora: puede pagar usted mismo la pensión y el seguro médico como trabajador flexible.',
          'Si aún tiene dudas: acuda con su documento de identidad a una ventanilla de seguridad social o llame al 12333.',
        ],
      },
      { type: 'contact', label: 'Línea nacional de recursos humanos y seguridad social', phone: HOTLINE },
    ],
  },
};
