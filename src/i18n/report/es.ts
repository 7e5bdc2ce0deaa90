import type { ReportMessages } from '../messages.js';

/** The report form's words in Spanish: loaded with the form (see `./index.ts`), not with every visit. */
export const report: ReportMessages = {
  legend: (name) => `¿Qué está mal en «${name}»?`,
  kinds: {
    phone: 'El número de teléfono',
    address: 'La dirección',
    hours: 'El horario',
    closed: 'Ha cerrado',
    other: 'Otra cosa',
  },
  note: '¿Algo que añadir?',
  optional: 'opcional',
  noteHint: 'Por ejemplo el número correcto. No escriba su nombre ni sus datos de contacto.',
  privacy: (recipient) =>
    `Su aviso se envía a ${recipient}, que mantiene este directorio. No se envía nada sobre usted: solo lo que eligió y su nota.`,
  send: 'Enviar aviso',
  sending: 'Enviando…',
  stop: 'Detener el envío',
  cancel: 'Cancelar',
  errors: {
    choose: 'Elija qué está mal.',
    'say-what': 'Diga en el cuadro de abajo qué está mal.',
    'too-long': 'La nota es demasiado larga: 1000 caracteres como máximo.',
  },
  errorSummary: 'Hay un problema',
  sentTitle: 'Gracias',
  sentBody: (recipient) => `${recipient} recibió su aviso y revisará esta ficha.`,
  reference: 'Referencia',
  close: 'Cerrar',
  failed: 'Su aviso no se envió.',
  uncertain: 'No pudimos confirmar que su aviso llegó.',
  uncertainBody: (recipient) => `Puede enviarlo de nuevo: ${recipient} no lo recibirá dos veces.`,
  failedKinds: {
    network: 'Falló la conexión.',
    timeout: 'El servidor no respondió a tiempo.',
    server: 'El servidor tuvo un problema.',
    rejected: 'El servidor no aceptó el aviso.',
    aborted: 'Se detuvo el envío.',
    insecure:
      'La dirección para avisos no es segura (no empieza por https://), así que no se envió nada.',
  },
  keptNote: 'Lo que eligió y escribió sigue aquí.',
  retryingIn: (seconds) => `Nuevo intento en ${seconds} s…`,
  retry: 'Intentar ahora',
};
