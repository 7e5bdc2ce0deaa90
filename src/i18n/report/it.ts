import type { ReportMessages } from '../messages.js';

/** The report form's words in Italian: loaded with the form (see `./index.ts`), not with every visit. */
export const report: ReportMessages = {
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
