import type { Messages } from './messages.js';
import { quickPicks } from './quick-picks/fr.js';

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
  crisis: {
    title: 'De l’aide est disponible maintenant',
    call: (n) => `Si vous êtes en danger, appelez le ${n} maintenant.`,
    callLocal: 'Si vous êtes en danger, appelez maintenant le numéro d’urgence local.',
    listed: (names) => `Les services en tête de liste (${names}) peuvent vous aider tout de suite.`,
    notAlone: 'Vous n’avez pas à traverser cela seul ou seule.',
  },
  quickExit: 'Sortie rapide',
  quickExitHint: 'ou appuyez 3 fois sur Maj',
  quickExitPresses: (n) => `Maj : appuyez encore ${n} fois pour quitter.`,
  quickExitLeaving: 'Fermeture de la page.',
  searchLabel: 'Rechercher une aide',
  suggestionsLabel: 'Suggestions',
  suggestionKinds: { need: 'Besoin', category: 'Catégorie', organization: 'Organisme' },
  quickPicksLabel: 'Besoins fréquents',
  quickPicks,
  didYouMean: 'Vouliez-vous dire',
  answerFailed:
    'L’annuaire n’a pas pu être interrogé pour l’instant : les résultats affichés peuvent ne pas correspondre à votre recherche.',
  partsFailed:
    'Les résultats ne peuvent pas être affichés : une partie de cette page ne s’est pas chargée.',
  searchPlaceholder: 'Alimentation, hébergement, aide juridique…',
  clearSearch: 'Effacer la recherche',
  filtersHeading: 'Filtres',
  showFilters: 'Afficher les filtres',
  hideFilters: 'Masquer les filtres',
  showResults: 'Voir les résultats',
  moreOptions: (hidden) => `Voir ${hidden} de plus`,
  fewerOptions: 'Voir moins',
  searchInGroup: (group) => `Chercher dans « ${group} »`,
  noOptionMatches: 'Aucun choix ne correspond.',
  noFilters: 'Aucun filtre pour ces résultats.',
  showChildren: (name, n) => `${name} : ${n} choix plus précis`,
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
  nearMeSent: (to) =>
    `Triés par distance. Votre position approximative (à 1 km près environ) est envoyée à ${to} pour trouver les lieux proches.`,
  map: {
    show: 'Carte',
    label: 'Carte des résultats',
    zoomIn: 'Zoomer',
    zoomOut: 'Dézoomer',
    cluster: (count) => `${count} ressources ici : zoomer`,
    you: 'Votre position',
    none: 'Aucun de ces résultats n’a de lieu sur la carte.',
    searchArea: 'Rechercher dans cette zone',
    inArea: 'Résultats dans la zone affichée sur la carte.',
    everywhere: 'Afficher les résultats partout',
    failed:
      'La carte ne peut pas s’afficher sur cette page. Tous les résultats sont dans la liste.',
  },
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
    'future-date': () => 'est dans le futur ; elle est laissée de côté',
    truncated: (p) => `fait ${p.length} caractères ; seuls les ${p.limit} premiers sont gardés`,
    'truncated-list': (p) => `a ${p.length} éléments ; seuls les ${p.limit} premiers sont gardés`,
    'too-deep': (p) => `est imbriqué sur plus de ${p.limit} niveaux ; il est laissé de côté`,
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
    'category-code': (p) =>
      `« ${p.name} » est un code, pas un nom qu’un visiteur peut lire ; donnez un nom au terme (il est laissé de côté)`,
    'term-id': () => 'ne doit pas contenir « > » (il sépare les niveaux d’une catégorie)',
    'term-parent': (p) =>
      `« ${p.parent} » n’est pas un terme de la taxonomie, ou ramène à ce terme ; le terme est montré au premier niveau`,
    'unknown-term': (p) =>
      `« ${p.id} » n’est pas un terme de la taxonomie du fichier ; il est montré tel quel`,
    'email-left-out': (p) =>
      `« ${p.email} » n’est pas une adresse e-mail ; elle est laissée de côté`,
    'page-failed': (p) =>
      `les pages ${p.from} à ${p.to} sur ${p.total} ont été chargées ; la suite manque`,
    'not-hsds-page': () => 'cette page ne fait pas partie de l’annuaire ; la suite manque',
    'feed-cut': (p) => `seules les ${p.kept} premières fiches ont pu être lues ; la suite manque`,
    'page-limit': (p) => `seules les ${p.limit} premières pages sur ${p.total} ont été chargées`,
    'unknown-column': () => 'n’est pas une colonne lue par l’annuaire ; elle est ignorée',
    'no-name-column': () =>
      'la feuille n’a pas de colonne « name » ; chaque ressource a besoin d’un nom',
    'yes-no': (p) => `« ${p.given} » n’est ni oui ni non ; la valeur est ignorée`,
    'not-a-number': (p) => `« ${p.given} » n’est pas un nombre ; la valeur est ignorée`,
    'hours-text': (p) =>
      `« ${p.given} » ne se lit pas comme des horaires (écrire par exemple « Mo-Fr 09:00-17:00; Sa 10:00-12:00 ») ; le texte est affiché tel quel`,
    'unreadable-file': (p) => `illisible : ${p.detail}`,
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
  problemRow: (row) => `ligne ${row}`,
  reportProblem: 'Signaler une erreur dans cette fiche',
  openNow: 'Ouvert',
  call: 'Appeler',
  visitWebsite: (host) => `Site web : ${host}`,
  callNumber: (n) => `Appeler le ${n}`,
  closedNow: 'Fermé',
  opens: {
    today: (t) => `ouvre aujourd’hui à ${t}`,
    tomorrow: (t) => `ouvre demain à ${t}`,
    on: (d, t) => `ouvre ${d} à ${t}`,
  },
  closes: {
    today: (t) => `ferme à ${t}`,
    tomorrow: (t) => `ferme demain à ${t}`,
    on: (d, t) => `ferme ${d} à ${t}`,
  },
  today: 'Aujourd’hui',
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
  timezoneNote: (zone) => `Horaires en ${zone}.`,
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
    note: 'Note',
    noteLabel: 'Une note à imprimer avec (jamais envoyée ni enregistrée)',
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
