import type { Messages } from './messages.js';

const plural = new Intl.PluralRules('fr');

/** Messages en français. */
/** JSON types and lengths, as problems about the data name them. */
const types: Record<string, string> = {
  string: 'du texte',
  number: 'un nombre',
  boolean: 'vrai ou faux',
  object: 'un objet',
  array: 'une liste',
  null: 'vide (null)',
};
const units: Record<string, string> = { string: ' caractères', array: ' éléments' };

export const fr: Messages = {
  quickExit: 'Sortie rapide',
  quickExitHint: 'ou appuyez 3 fois sur Maj',
  searchLabel: 'Rechercher une aide',
  searchPlaceholder: 'Alimentation, hébergement, aide juridique…',
  clearSearch: 'Effacer la recherche',
  filtersHeading: 'Filtres',
  showFilters: 'Afficher les filtres',
  hideFilters: 'Masquer les filtres',
  moreOptions: (hidden) => `Voir ${hidden} de plus`,
  fewerOptions: 'Voir moins',
  groupLabels: {
    categories: 'Catégorie',
    places: 'Ville',
    languages: 'Langue parlée',
    audiences: 'Pour qui',
    accessibility: 'Accessibilité',
    delivery: 'Comment',
    cost: 'Coût',
    open: 'Horaires',
  },
  freeOnly: 'Gratuit uniquement',
  openNowOnly: 'Ouvert maintenant',
  delivery: { 'in-person': 'Sur place', online: 'En ligne', phone: 'Par téléphone' },
  nearMe: 'Près de moi',
  nearMeBusy: 'Recherche de votre position…',
  nearMeError: 'Votre position n’est pas disponible. Vous pouvez filtrer par ville.',
  nearMeActive: 'Triés par distance. Votre position reste sur cet appareil.',
  forgetPosition: 'Oublier ma position',
  radius: 'Dans un rayon de',
  radiusAny: 'Toute distance',
  distanceAway: (distance) => `à ${distance}`,
  clearAll: 'Effacer tous les filtres',
  removeFilter: (label) => `Retirer le filtre : ${label}`,
  activeFilters: 'Filtres actifs',
  resultsHeading: 'Résultats',
  resultCount: (count, n) =>
    count === 0
      ? 'Aucune ressource trouvée'
      : plural.select(count) === 'one'
        ? `${n} ressource`
        : `${n} ressources`,
  sortLabel: 'Trier par',
  sortOrders: {
    relevance: 'Pertinence',
    name: 'Nom',
    verified: 'Vérifié récemment',
    distance: 'Les plus proches',
  },
  showMore: (_remaining, n) => `Voir plus (${n} de plus)`,
  emptyTitle: 'Aucun résultat',
  emptyBody: 'Essayez d’autres mots, vérifiez l’orthographe ou retirez des filtres.',
  emptyClearFilters: 'Effacer tous les filtres',
  loading: 'Chargement de l’annuaire…',
  loadingRecords: (amount, records) =>
    `Chargement de l’annuaire… ${amount}, ${records} fiches déjà consultables`,
  loadingBytes: (amount) => `Chargement de l’annuaire… ${amount}`,
  loadingPage: (page, total) => `Chargement de l’annuaire… page ${page} sur ${total}`,
  checking: (percent) => `Vérification de l’annuaire… ${percent}`,
  preparingSearch: 'Préparation de la recherche…',
  incompleteDamaged: (kept) =>
    `Le fichier de l’annuaire est abîmé : seules ses ${kept} premières fiches ont pu être lues. Des ressources manquent.`,
  incompleteStopped: (kept) =>
    `Le chargement a été arrêté : les ${kept} premières fiches sont affichées. Des ressources manquent.`,
  incompleteCut: (kept) =>
    `L’annuaire s’est interrompu en cours de route : seules les ${kept} premières fiches sont arrivées. Des ressources manquent.`,
  incomplete: (loaded, total) =>
    `Seules ${loaded} pages sur ${total} de l’annuaire ont pu être chargées. Des ressources peuvent manquer.`,
  loadError: {
    network: 'L’annuaire est injoignable. Vérifiez votre connexion et réessayez.',
    timeout: 'L’annuaire met trop de temps à répondre.',
    http: 'L’annuaire n’a pas pu être chargé : le serveur a répondu par une erreur.',
    json: 'Le fichier de l’annuaire est abîmé : ce n’est pas du JSON valide.',
    empty: 'L’annuaire ne contient aucune ressource affichable.',
  },
  loadErrorDetail: {
    network: (p) => `Détail technique : ${p.detail ?? 'pas de connexion'}`,
    timeout: (p) =>
      p.received === undefined
        ? `Aucune réponse en ${p.seconds} s.`
        : `Plus rien n’est arrivé pendant ${p.seconds} s.`,
    http: (p) => `Le serveur a répondu ${p.status}.`,
    json: (p) => `Détail technique : ${p.detail}`,
    empty: (p) =>
      p.total
        ? `Aucune de ses ${p.total} fiches n’est valide.`
        : 'Le fichier ne contient aucune ressource.',
  },
  problems: {
    required: () => 'est obligatoire',
    'wrong-type': (p) =>
      `doit être ${types[p.expected as string] ?? p.expected}, pas ${types[p.received as string] ?? p.received}`,
    'too-small': (p) => `doit valoir au moins ${p.minimum}${units[p.origin as string] ?? ''}`,
    'too-big': (p) => `doit valoir au plus ${p.maximum}${units[p.origin as string] ?? ''}`,
    'not-one-of': (p) => `doit être l’une de ces valeurs : ${p.values}`,
    'invalid-format': (p) => `n’est pas un format ${p.format} valide`,
    invalid: () => 'n’est pas valide',
    empty: () => 'ne doit pas être vide',
    'language-tag': () => 'doit être un code de langue comme « en », « fr » ou « pt-BR »',
    'date-format': () => 'doit être une date écrite AAAA-MM-JJ',
    'real-date': () => 'n’est pas une date qui existe',
    'http-url': () => 'doit être une adresse web commençant par http:// ou https://',
    email: () => 'doit être une adresse e-mail',
    time: () => 'doit être une heure écrite HH:MM (00:00 à 24:00)',
    'time-zone': () => 'doit être un fuseau horaire comme « Europe/Paris »',
    country: () => 'doit être un code de pays à deux lettres comme « FR »',
    phone: () => 'doit être un numéro de téléphone (chiffres, espaces, + ( ) . -)',
    'age-order': () => 'l’âge minimum dépasse l’âge maximum',
    latitude: () => 'la latitude doit être comprise entre -90 et 90',
    longitude: () => 'la longitude doit être comprise entre -180 et 180',
    'duplicate-id': (p) =>
      `l’identifiant « ${p.id} » est utilisé deux fois ; la première fiche est gardée`,
    'not-a-feed': () => 'ce n’est pas un annuaire (aucune liste de ressources)',
    'not-an-object': () => 'doit être un objet',
    'unknown-language': (p) =>
      `« ${p.given} » n’est pas une langue connue ; elle est laissée de côté`,
    'not-on-earth': (p) =>
      `${p.lat}, ${p.lng} n’est pas une position sur Terre ; elle est laissée de côté`,
    'url-left-out': (p) => `« ${p.url} » n’est pas une adresse web ; elle est laissée de côté`,
    'email-left-out': (p) =>
      `« ${p.email} » n’est pas une adresse e-mail ; elle est laissée de côté`,
    'page-failed': (p) =>
      `les pages ${p.from} à ${p.to} sur ${p.total} ont été chargées ; la suite manque`,
    'not-hsds-page': () => 'cette page ne fait pas partie de l’annuaire ; la suite manque',
    'feed-cut': (p) => `seules les ${p.kept} premières fiches ont pu être lues ; la suite manque`,
    'page-limit': (p) => `seules les ${p.limit} premières pages sur ${p.total} ont été chargées`,
  },
  loadStop: 'Arrêter le chargement',
  loadStopped: 'Le chargement de l’annuaire a été arrêté.',
  loadAgain: 'Charger l’annuaire',
  retry: 'Réessayer',
  problemsSummary: (rejected, total) =>
    `${rejected} fiches sur ${total} ne peuvent pas être affichées à cause d’erreurs dans les données.`,
  problemsShow: 'Détails pour la personne qui gère l’annuaire',
  problemsMinor: (count) =>
    `Toutes les ressources sont affichées ; ${count} ${count === 1 ? 'détail' : 'détails'} des données n’ont pas pu être utilisés.`,
  problemLine: (record, path, message) => `${record}, ${path} : ${message}`,
  openNow: 'Ouvert',
  closedNow: 'Fermé',
  hoursHeading: 'Horaires',
  closedDay: 'Fermé',
  weekdays: {
    mo: 'Lundi',
    tu: 'Mardi',
    we: 'Mercredi',
    th: 'Jeudi',
    fr: 'Vendredi',
    sa: 'Samedi',
    su: 'Dimanche',
  },
  timezoneNote: (zone) => `Heures du fuseau ${zone}.`,
  organization: 'Organisme',
  address: 'Adresse',
  phone: 'Téléphone',
  email: 'E-mail',
  website: 'Site web',
  languages: 'Langues',
  accessibility: 'Accessibilité',
  cost: 'Coût',
  free: 'Gratuit',
  notFree: 'Payant',
  eligibility: 'Pour qui',
  ages: (min, max) =>
    min !== undefined && max !== undefined
      ? `De ${min} à ${max} ans`
      : min !== undefined
        ? `À partir de ${min} ans`
        : `Jusqu’à ${max} ans`,
  serviceArea: 'Secteur',
  lastVerified: (date) => `Vérifié le ${date}`,
  notVerified: 'Pas encore vérifié',
  staleNotice: 'Peut-être plus à jour',
  showDetails: 'Voir le détail',
  hideDetails: 'Masquer le détail',
  categories: 'Catégories',
  temporarilyClosed: 'Fermé temporairement',
  howToApply: 'Comment en bénéficier',
  referral: {
    requestAction: 'Demander une orientation',
    unavailable: 'Cet organisme ne reçoit pas de demandes en ligne. Contactez-le directement.',
    title: (recipient) => `Demander à ${recipient} de vous contacter`,
    intro:
      'Indiquez seulement ce que vous souhaitez partager. Seul l’organisme nommé ci-dessous le recevra.',
    close: 'Fermer',
    requiredNote: 'Les champs marqués « obligatoire » doivent être remplis.',
    optional: 'facultatif',
    requester: 'Pour qui est cette demande ?',
    requesterOptions: { self: 'Pour moi', supporter: 'Pour une personne que j’accompagne' },
    supporterName: 'Votre nom (accompagnant·e)',
    supporterOrganization: 'Votre structure',
    name: 'Nom de la personne qui a besoin d’aide',
    nameHint: 'Un prénom ou un surnom suffit.',
    contactMethod: 'Comment vous contacter ?',
    contactOptions: {
      phone: 'Appel téléphonique',
      sms: 'SMS',
      email: 'E-mail',
      none: 'Ne pas me contacter, je prendrai contact moi-même',
    },
    phone: 'Numéro de téléphone',
    email: 'Adresse e-mail',
    messageSafe: 'Peut-on vous laisser un message vocal ou écrit sans danger ?',
    yesNo: { yes: 'Oui', no: 'Non' },
    safeTimes: 'Moments où l’on peut vous appeler sans risque',
    safeTimesHint: 'Par exemple « en semaine après 18 h ».',
    language: 'Langue souhaitée',
    needs: 'De quelle aide avez-vous besoin ?',
    needsHint: 'Quelques mots suffisent.',
    urgency: 'Est-ce urgent ?',
    urgencyOptions: { routine: 'Pas urgent', urgent: 'Urgent' },
    emergencyNote:
      'Si quelqu’un est en danger maintenant, appelez le numéro d’urgence local (112).',
    consent: (recipient, shared) =>
      `J’accepte que ${recipient} reçoive ${shared}, pour me contacter au sujet de cette demande.`,
    consentLabel: 'Consentement',
    sharedItems: {
      name: 'le nom indiqué',
      contact: 'les coordonnées',
      needs: 'l’aide demandée',
      supporter: 'le nom et la structure de l’accompagnant·e',
      safety: 'les moments où l’on peut appeler sans risque',
    },
    privacy: (recipient) =>
      `Cette demande est envoyée directement à ${recipient}. Ce site n’en garde aucune copie et rien n’est enregistré dans votre navigateur.`,
    send: 'Envoyer la demande',
    sending: 'Envoi…',
    openEmail: 'Ouvrir dans votre messagerie',
    emailIntro: (recipient) =>
      `${recipient} reçoit les demandes par e-mail. Votre messagerie va s’ouvrir avec la demande déjà remplie ; relisez-la puis envoyez-la.`,
    emailSubject: (resource) => `Demande d’orientation : ${resource}`,
    errorSummary: 'Il y a un problème',
    errors: {
      required: 'Ce champ est obligatoire.',
      phone: 'Indiquez un numéro de téléphone, par exemple +33 6 12 34 56 78.',
      email: 'Indiquez une adresse e-mail, par exemple nom@exemple.fr.',
      consent: 'Cochez la case pour donner votre accord avant l’envoi.',
      tooLong: 'Ce texte est trop long.',
    },
    failed: 'Votre demande n’a pas été envoyée.',
    failedKinds: {
      network: 'La connexion a échoué.',
      timeout: 'Le serveur de l’organisme n’a pas répondu à temps.',
      server: 'Le serveur de l’organisme a rencontré un problème.',
      rejected: 'Le serveur de l’organisme n’a pas accepté la demande.',
      aborted: 'L’envoi a été interrompu.',
    },
    keptNote: 'Tout ce que vous avez écrit est conservé.',
    retryingIn: (seconds) => `Nouvel essai dans ${seconds} s…`,
    retry: 'Réessayer maintenant',
    sentTitle: 'Demande envoyée',
    sentBody: (recipient) => `${recipient} a bien reçu votre demande.`,
    reference: 'Référence',
    nextSteps: {
      phone: (recipient) =>
        `${recipient} va vous appeler. Gardez la référence au cas où vous auriez besoin d’en reparler.`,
      sms: (recipient) =>
        `${recipient} va vous envoyer un SMS. Gardez la référence au cas où vous auriez besoin d’en reparler.`,
      email: (recipient) =>
        `${recipient} va vous écrire. Gardez la référence au cas où vous auriez besoin d’en reparler.`,
      none: (recipient) =>
        `${recipient} attend votre appel ou votre visite. Donnez la référence quand vous prendrez contact.`,
    },
    newRequest: 'Faire une autre demande',
  },
  list: {
    save: 'Enregistrer',
    saved: 'Enregistré',
    share: 'Partager',
    copyLink: 'Copier le lien',
    linkCopied: 'Lien copié.',
    emailIt: 'Par e-mail',
    shareNative: 'Partager…',
    print: 'Imprimer',
    myList: (count) => `Ma liste (${count})`,
    heading: 'Ma liste',
    empty:
      'Rien d’enregistré pour l’instant. Utilisez « Enregistrer » sur une ressource pour la garder ici.',
    printList: 'Imprimer la liste',
    shareList: 'Partager la liste',
    clearList: 'Vider la liste',
    shareSubject: (name) => `Ressource d’aide : ${name}`,
    listSubject: 'Ressources d’aide',
    remove: 'Retirer',
  },
  values: {
    lgbtq: 'Personnes LGBTQ+',
    refugees: 'Personnes réfugiées et demandeuses d’asile',
    youth: 'Jeunes',
    women: 'Femmes',
    men: 'Hommes',
    families: 'Familles',
    children: 'Enfants',
    seniors: 'Personnes âgées',
    homeless: 'Personnes sans logement',
    'people-with-disabilities': 'Personnes en situation de handicap',
    survivors: 'Victimes de violences',
    migrants: 'Personnes migrantes',
    students: 'Étudiant·es',
    veterans: 'Anciens combattants',
    wheelchair: 'Accessible en fauteuil roulant',
    'step-free': 'Accès de plain-pied',
    'accessible-toilet': 'Toilettes accessibles',
    'hearing-loop': 'Boucle magnétique',
    'sign-language': 'Langue des signes',
    braille: 'Braille',
    'easy-read': 'Facile à lire et à comprendre (FALC)',
    'quiet-space': 'Espace calme',
    interpretation: 'Interprétariat',
  },
};
