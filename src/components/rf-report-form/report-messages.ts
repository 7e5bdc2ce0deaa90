/**
 * The report form's words in the five interface languages. They live in the form's own file (loaded when a visitor
 * first reports a problem), not in the catalogues every visit loads; the card's button is named in the catalogues.
 */
import type { SendFailure } from '../../core/edge/send-referral.js';
import type { ReportError, ReportKind } from '../../core/report/report.js';

/** What the report form says. */
export interface ReportMessages {
  legend: (name: string) => string;
  kinds: Record<ReportKind, string>;
  note: string;
  optional: string;
  noteHint: string;
  privacy: (recipient: string) => string;
  send: string;
  sending: string;
  stop: string;
  cancel: string;
  errors: Record<ReportError, string>;
  errorSummary: string;
  sentTitle: string;
  sentBody: (recipient: string) => string;
  reference: string;
  close: string;
  failed: string;
  uncertain: string;
  uncertainBody: (recipient: string) => string;
  failedKinds: Record<SendFailure, string>;
  keptNote: string;
  retryingIn: (seconds: number) => string;
  retry: string;
}

const en: ReportMessages = {
  legend: (name) => `What is wrong with “${name}”?`,
  kinds: {
    phone: 'The phone number',
    address: 'The address',
    hours: 'The opening hours',
    closed: 'It has closed',
    other: 'Something else',
  },
  note: 'Anything to add?',
  optional: 'optional',
  noteHint: 'For example the right number. Please do not write your name or contact details.',
  privacy: (recipient) =>
    `Your report goes to ${recipient}, who keep this directory. Nothing about you is sent: only what you chose and your note.`,
  send: 'Send report',
  sending: 'Sending…',
  stop: 'Stop sending',
  cancel: 'Cancel',
  errors: {
    choose: 'Choose what is wrong.',
    'say-what': 'Say in the box below what is wrong.',
    'too-long': 'The note is too long: 1,000 characters at most.',
  },
  errorSummary: 'There is a problem',
  sentTitle: 'Thank you',
  sentBody: (recipient) => `${recipient} received your report and will check this listing.`,
  reference: 'Reference',
  close: 'Close',
  failed: 'Your report was not sent.',
  uncertain: 'We could not confirm that your report arrived.',
  uncertainBody: (recipient) => `Sending it again is safe: ${recipient} will not receive it twice.`,
  failedKinds: {
    network: 'The connection failed.',
    timeout: 'The server did not answer in time.',
    server: 'The server had a problem.',
    rejected: 'The server did not accept the report.',
    aborted: 'Sending was stopped.',
    insecure:
      'The address for reports is not secure (it does not start with https://), so nothing was sent.',
  },
  keptNote: 'What you chose and wrote is still here.',
  retryingIn: (seconds) => `Trying again in ${seconds} s…`,
  retry: 'Try again now',
};

const fr: ReportMessages = {
  legend: (name) => `Qu’est-ce qui est faux dans « ${name} » ?`,
  kinds: {
    phone: 'Le numéro de téléphone',
    address: 'L’adresse',
    hours: 'Les horaires',
    closed: 'Le lieu a fermé',
    other: 'Autre chose',
  },
  note: 'Quelque chose à ajouter ?',
  optional: 'facultatif',
  noteHint: 'Par exemple le bon numéro. N’écrivez pas votre nom ni vos coordonnées.',
  privacy: (recipient) =>
    `Votre signalement est envoyé à ${recipient}, qui tient cet annuaire. Rien sur vous n’est envoyé : seulement ce que vous avez choisi et votre note.`,
  send: 'Envoyer le signalement',
  sending: 'Envoi…',
  stop: 'Arrêter l’envoi',
  cancel: 'Annuler',
  errors: {
    choose: 'Choisissez ce qui est faux.',
    'say-what': 'Dites ce qui est faux dans le champ ci-dessous.',
    'too-long': 'La note est trop longue : 1 000 caractères au plus.',
  },
  errorSummary: 'Il y a un problème',
  sentTitle: 'Merci',
  sentBody: (recipient) => `${recipient} a reçu votre signalement et vérifiera cette fiche.`,
  reference: 'Référence',
  close: 'Fermer',
  failed: 'Votre signalement n’a pas été envoyé.',
  uncertain: 'Nous n’avons pas pu confirmer que votre signalement est arrivé.',
  uncertainBody: (recipient) =>
    `Vous pouvez l’envoyer à nouveau : ${recipient} ne le recevra pas deux fois.`,
  failedKinds: {
    network: 'La connexion a échoué.',
    timeout: 'Le serveur n’a pas répondu à temps.',
    server: 'Le serveur a eu un problème.',
    rejected: 'Le serveur n’a pas accepté le signalement.',
    aborted: 'L’envoi a été arrêté.',
    insecure:
      'L’adresse des signalements n’est pas sécurisée (elle ne commence pas par https://) : rien n’a été envoyé.',
  },
  keptNote: 'Ce que vous avez choisi et écrit est toujours là.',
  retryingIn: (seconds) => `Nouvel essai dans ${seconds} s…`,
  retry: 'Réessayer maintenant',
};

const es: ReportMessages = {
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

const it: ReportMessages = {
  legend: (name) => `Che cosa è sbagliato in «${name}»?`,
  kinds: {
    phone: 'Il numero di telefono',
    address: 'L’indirizzo',
    hours: 'Gli orari',
    closed: 'Ha chiuso',
    other: 'Altro',
  },
  note: 'Qualcosa da aggiungere?',
  optional: 'facoltativo',
  noteHint: 'Per esempio il numero giusto. Non scriva il suo nome né i suoi recapiti.',
  privacy: (recipient) =>
    `La segnalazione va a ${recipient}, che cura questa directory. Nulla su di lei viene inviato: solo ciò che ha scelto e la sua nota.`,
  send: 'Invia segnalazione',
  sending: 'Invio…',
  stop: 'Interrompi l’invio',
  cancel: 'Annulla',
  errors: {
    choose: 'Scelga che cosa è sbagliato.',
    'say-what': 'Scriva nel riquadro qui sotto che cosa è sbagliato.',
    'too-long': 'La nota è troppo lunga: al massimo 1000 caratteri.',
  },
  errorSummary: 'C’è un problema',
  sentTitle: 'Grazie',
  sentBody: (recipient) => `${recipient} ha ricevuto la segnalazione e controllerà questa scheda.`,
  reference: 'Riferimento',
  close: 'Chiudi',
  failed: 'La segnalazione non è stata inviata.',
  uncertain: 'Non abbiamo potuto confermare che la segnalazione sia arrivata.',
  uncertainBody: (recipient) => `Può inviarla di nuovo: ${recipient} non la riceverà due volte.`,
  failedKinds: {
    network: 'La connessione non è riuscita.',
    timeout: 'Il server non ha risposto in tempo.',
    server: 'Il server ha avuto un problema.',
    rejected: 'Il server non ha accettato la segnalazione.',
    aborted: 'L’invio è stato interrotto.',
    insecure:
      'L’indirizzo per le segnalazioni non è sicuro (non inizia con https://), quindi non è stato inviato nulla.',
  },
  keptNote: 'Ciò che ha scelto e scritto è ancora qui.',
  retryingIn: (seconds) => `Nuovo tentativo tra ${seconds} s…`,
  retry: 'Riprova ora',
};

const ar: ReportMessages = {
  legend: (name) => `ما الخطأ في «${name}»؟`,
  kinds: {
    phone: 'رقم الهاتف',
    address: 'العنوان',
    hours: 'ساعات العمل',
    closed: 'أُغلق المكان',
    other: 'شيء آخر',
  },
  note: 'هل تريد إضافة شيء؟',
  optional: 'اختياري',
  noteHint: 'مثلًا الرقم الصحيح. لا تكتب اسمك ولا بيانات الاتصال بك.',
  privacy: (recipient) =>
    `يُرسل بلاغك إلى ${recipient} الذي يدير هذا الدليل. لا يُرسل أي شيء عنك: فقط ما اخترته وملاحظتك.`,
  send: 'إرسال البلاغ',
  sending: 'جارٍ الإرسال…',
  stop: 'إيقاف الإرسال',
  cancel: 'إلغاء',
  errors: {
    choose: 'اختر ما هو الخطأ.',
    'say-what': 'اكتب في المربع أدناه ما هو الخطأ.',
    'too-long': 'الملاحظة طويلة جدًا: 1000 حرف على الأكثر.',
  },
  errorSummary: 'هناك مشكلة',
  sentTitle: 'شكرًا',
  sentBody: (recipient) => `تلقّى ${recipient} بلاغك وسيتحقق من هذه البطاقة.`,
  reference: 'المرجع',
  close: 'إغلاق',
  failed: 'لم يُرسل بلاغك.',
  uncertain: 'لم نتمكن من التأكد من وصول بلاغك.',
  uncertainBody: (recipient) => `يمكنك إرساله مرة أخرى بأمان: لن يتلقاه ${recipient} مرتين.`,
  failedKinds: {
    network: 'فشل الاتصال.',
    timeout: 'لم يرد الخادم في الوقت المحدد.',
    server: 'حدثت مشكلة في الخادم.',
    rejected: 'لم يقبل الخادم البلاغ.',
    aborted: 'تم إيقاف الإرسال.',
    insecure: 'عنوان البلاغات غير آمن (لا يبدأ بـ https://)، لذلك لم يُرسل شيء.',
  },
  keptNote: 'ما اخترته وكتبته ما زال هنا.',
  retryingIn: (seconds) => `محاولة جديدة خلال ${seconds} ث…`,
  retry: 'حاول الآن',
};

const CATALOGUES: Readonly<Record<string, ReportMessages>> = { en, fr, es, it, ar };

/** The report form's words in `lang` (its primary language), English when it has none. */
export function reportMessages(lang: string): ReportMessages {
  return CATALOGUES[lang.toLowerCase().split('-')[0]!] ?? en;
}
