import type { ReportMessages } from '../messages.js';

/** The report form's words in French: loaded with the form (see `./index.ts`), not with every visit. */
export const report: ReportMessages = {
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
