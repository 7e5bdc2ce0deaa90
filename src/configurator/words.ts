/** The embed configurator's words, in the interface's five languages (its page is for the people who keep directories). */

/** What the configurator says. */
export interface Words {
  title: string;
  intro: string;
  pageLanguage: string;
  directory: string;
  modeFeed: string;
  modeServer: string;
  feedAddress: string;
  serverAddress: string;
  tryFile: string;
  previewingFile: (name: string) => string;
  reading: string;
  cannotShow: string;
  shown: (shown: number, total: number, rejected: number) => string;
  toFix: (n: number) => string;
  nothingToFix: string;
  /** Where a problem is: a spreadsheet's row or a feed's record (numbered from 1), with the record's id. */
  problemAt: (row: number | undefined, record: number, id: string | undefined) => string;
  /** A spreadsheet's column, by the name its header gives it. */
  column: (name: string) => string;
  warnings: Record<'no-contact' | 'no-coordinates' | 'stale' | 'unverified', (n: number) => string>;
  language: string;
  directoryLanguage: string;
  pageLanguageOption: string;
  colours: string;
  ownColours: string;
  mainColour: string;
  textOnIt: string;
  readable: (onAccent: string, accentOnWhite: string) => string;
  notReadable: (pairs: string) => string;
  pairOnAccent: (ratio: string) => string;
  pairAccentOnWhite: (ratio: string) => string;
  and: string;
  features: string;
  quickExit: string;
  quickExitTo: string;
  referrals: string;
  reports: string;
  reportsTo: (server: boolean) => string;
  reportsRecipient: string;
  persistList: string;
  mapTiles: string;
  mapAttribution: string;
  snippetTitle: string;
  copySnippet: string;
  cspTitle: string;
  cspHint: string;
  copyCsp: string;
  copied: (what: 'snippet' | 'csp') => string;
  previewTitle: string;
  previewFrame: string;
  giveAddress: string;
}

const en: Words = {
  title: 'Put your directory on your website',
  intro:
    'Give the address of your directory (a JSON file, an Open Referral HSDS file or API, or a spreadsheet saved as CSV), check what is wrong in it, choose the language, colours and features, and copy the snippet into your page. Nothing you enter here leaves your browser.',
  pageLanguage: 'Language of this page',
  directory: 'Your directory',
  modeFeed: 'A file: JSON, Open Referral HSDS, or a spreadsheet saved as CSV',
  modeServer: 'A directory server (for very large directories)',
  feedAddress: 'Address of your file',
  serverAddress: 'Address of your directory server',
  tryFile: 'Or try a file from this computer (it stays on this computer)',
  previewingFile: (name) =>
    `Previewing ${name}. Publish it on your website and give its address above: the snippet uses that address.`,
  reading: 'Reading your directory…',
  cannotShow: 'Your directory cannot be shown.',
  shown: (shown, total, rejected) =>
    `${shown} of ${total} resources can be shown${rejected ? `; ${rejected} cannot` : ''}.`,
  toFix: (n) =>
    n === 1 ? 'One thing in your data needs fixing:' : `${n} things in your data need fixing:`,
  nothingToFix: 'Nothing in your data needs fixing.',
  problemAt: (row, record, id) =>
    `${row !== undefined ? `row ${row}` : `record ${record}`}${id ? ` (id ${id})` : ''}`,
  column: (name) => `column ${name}`,
  warnings: {
    'no-contact': (n) => `${n} have no phone, email or website: a visitor cannot reach them.`,
    'no-coordinates': (n) =>
      `${n} have no position: they cannot be shown on a map or sorted by distance.`,
    stale: (n) =>
      `${n} were last checked more than a year ago: visitors are told they may be out of date.`,
    unverified: (n) => `${n} say nothing of when they were last checked.`,
  },
  language: 'Language',
  directoryLanguage: 'Language of the directory',
  pageLanguageOption: 'The language of the page it is on',
  colours: 'Colours',
  ownColours: 'Use my own colours',
  mainColour: 'Main colour (buttons)',
  textOnIt: 'Text on it',
  readable: (a, b) =>
    `Readable: text on the main colour ${a}:1, the main colour on white ${b}:1 (WCAG AA asks for 4.5:1).`,
  notReadable: (pairs) =>
    `Not readable enough for everyone: ${pairs} (WCAG AA asks for 4.5:1). These colours are not used; choose a darker or lighter one.`,
  pairOnAccent: (r) => `text on the main colour ${r}:1`,
  pairAccentOnWhite: (r) => `the main colour as text on white ${r}:1`,
  and: ' and ',
  features: 'Features',
  quickExit: 'Quick exit: a button that leaves for another site at once (for visitors in danger)',
  quickExitTo: 'Quick exit leads to',
  referrals: 'Referral requests go to (an https address that receives them; empty: no referrals)',
  reports: 'Let visitors report a wrong listing',
  reportsTo: (server) =>
    `Reports go to ${server ? '(empty: your directory server keeps them)' : '(an https address)'}`,
  reportsRecipient:
    "Who receives them, as visitors are told (your organization's name; empty: the address's host)",
  persistList: "Keep a visitor's list between visits (on their device only)",
  mapTiles: 'Map tiles you serve (a .pmtiles file or a {z}/{x}/{y} address; empty: no map)',
  mapAttribution: 'Map attribution',
  snippetTitle: 'Paste this into your page',
  copySnippet: 'Copy the snippet',
  cspTitle: 'If your site sends a Content-Security-Policy',
  cspHint: 'Use this one, or add what it names to yours.',
  copyCsp: 'Copy the policy',
  copied: (what) => `The ${what === 'snippet' ? 'snippet' : 'policy'} is copied.`,
  previewTitle: 'Your directory, as your visitors will see it',
  previewFrame: 'Preview',
  giveAddress: 'Give the address of your directory to see it here.',
};

const fr: Words = {
  title: 'Mettre votre annuaire sur votre site',
  intro:
    'Indiquez l’adresse de votre annuaire (un fichier JSON, un fichier ou une API Open Referral HSDS, ou un tableur enregistré en CSV), voyez ce qui ne va pas dans vos données, choisissez la langue, les couleurs et les fonctions, puis copiez l’extrait dans votre page. Rien de ce que vous saisissez ici ne quitte votre navigateur.',
  pageLanguage: 'Langue de cette page',
  directory: 'Votre annuaire',
  modeFeed: 'Un fichier : JSON, Open Referral HSDS, ou un tableur enregistré en CSV',
  modeServer: 'Un serveur d’annuaire (pour les très grands annuaires)',
  feedAddress: 'Adresse de votre fichier',
  serverAddress: 'Adresse de votre serveur d’annuaire',
  tryFile: 'Ou essayez un fichier de cet ordinateur (il reste sur cet ordinateur)',
  previewingFile: (name) =>
    `Aperçu de ${name}. Publiez-le sur votre site et indiquez son adresse ci-dessus : l’extrait utilise cette adresse.`,
  reading: 'Lecture de votre annuaire…',
  cannotShow: 'Votre annuaire ne peut pas être affiché.',
  shown: (shown, total, rejected) =>
    `${shown} ressources sur ${total} peuvent être affichées${rejected ? ` ; ${rejected} ${rejected === 1 ? 'ne le peut pas' : 'ne le peuvent pas'}` : ''}.`,
  toFix: (n) =>
    n === 1
      ? 'Un point de vos données est à corriger :'
      : `${n} points de vos données sont à corriger :`,
  nothingToFix: 'Rien n’est à corriger dans vos données.',
  problemAt: (row, record, id) =>
    `${row !== undefined ? `ligne ${row}` : `fiche ${record}`}${id ? ` (id ${id})` : ''}`,
  column: (name) => `colonne ${name}`,
  warnings: {
    'no-contact': (n) =>
      `${n} n’ont ni téléphone, ni e-mail, ni site : personne ne peut les joindre.`,
    'no-coordinates': (n) => `${n} n’ont pas de position : ni carte, ni tri par distance.`,
    stale: (n) =>
      `${n} ont été vérifiées il y a plus d’un an : les visiteurs sont prévenus qu’elles peuvent être périmées.`,
    unverified: (n) => `${n} ne disent pas quand elles ont été vérifiées.`,
  },
  language: 'Langue',
  directoryLanguage: 'Langue de l’annuaire',
  pageLanguageOption: 'La langue de la page qui l’accueille',
  colours: 'Couleurs',
  ownColours: 'Utiliser mes couleurs',
  mainColour: 'Couleur principale (boutons)',
  textOnIt: 'Texte dessus',
  readable: (a, b) =>
    `Lisible : texte sur la couleur principale ${a}:1, couleur principale sur blanc ${b}:1 (le niveau AA des WCAG demande 4,5:1).`,
  notReadable: (pairs) =>
    `Pas assez lisible pour tout le monde : ${pairs} (le niveau AA des WCAG demande 4,5:1). Ces couleurs ne sont pas utilisées ; choisissez-en une plus foncée ou plus claire.`,
  pairOnAccent: (r) => `texte sur la couleur principale ${r}:1`,
  pairAccentOnWhite: (r) => `couleur principale en texte sur blanc ${r}:1`,
  and: ' et ',
  features: 'Fonctions',
  quickExit:
    'Sortie rapide : un bouton qui quitte aussitôt pour un autre site (pour les personnes en danger)',
  quickExitTo: 'La sortie rapide mène à',
  referrals:
    'Les demandes d’orientation vont à (une adresse https qui les reçoit ; vide : pas d’orientation)',
  reports: 'Permettre de signaler une fiche erronée',
  reportsTo: (server) =>
    `Les signalements vont à ${server ? '(vide : votre serveur d’annuaire les garde)' : '(une adresse https)'}`,
  reportsRecipient:
    'Qui les reçoit, tel que les visiteurs le lisent (le nom de votre organisme ; vide : l’hôte de l’adresse)',
  persistList: 'Garder la liste d’un visiteur d’une visite à l’autre (sur son appareil seulement)',
  mapTiles:
    'Tuiles de carte que vous servez (un fichier .pmtiles ou une adresse {z}/{x}/{y} ; vide : pas de carte)',
  mapAttribution: 'Attribution de la carte',
  snippetTitle: 'Collez ceci dans votre page',
  copySnippet: 'Copier l’extrait',
  cspTitle: 'Si votre site envoie une Content-Security-Policy',
  cspHint: 'Utilisez celle-ci, ou ajoutez à la vôtre ce qu’elle nomme.',
  copyCsp: 'Copier la politique',
  copied: (what) => (what === 'snippet' ? 'L’extrait est copié.' : 'La politique est copiée.'),
  previewTitle: 'Votre annuaire, tel que vos visiteurs le verront',
  previewFrame: 'Aperçu',
  giveAddress: 'Indiquez l’adresse de votre annuaire pour le voir ici.',
};

const es: Words = {
  title: 'Poner su directorio en su sitio web',
  intro:
    'Indique la dirección de su directorio (un archivo JSON, un archivo o una API Open Referral HSDS, o una hoja de cálculo guardada como CSV), compruebe qué está mal en él, elija el idioma, los colores y las funciones, y copie el fragmento en su página. Nada de lo que escriba aquí sale de su navegador.',
  pageLanguage: 'Idioma de esta página',
  directory: 'Su directorio',
  modeFeed: 'Un archivo: JSON, Open Referral HSDS, o una hoja de cálculo guardada como CSV',
  modeServer: 'Un servidor de directorio (para directorios muy grandes)',
  feedAddress: 'Dirección de su archivo',
  serverAddress: 'Dirección de su servidor de directorio',
  tryFile: 'O pruebe un archivo de este ordenador (se queda en este ordenador)',
  previewingFile: (name) =>
    `Vista previa de ${name}. Publíquelo en su sitio y escriba su dirección arriba: el fragmento usa esa dirección.`,
  reading: 'Leyendo su directorio…',
  cannotShow: 'Su directorio no se puede mostrar.',
  shown: (shown, total, rejected) =>
    `Se pueden mostrar ${shown} de ${total} recursos${rejected ? `; ${rejected} no` : ''}.`,
  toFix: (n) =>
    n === 1
      ? 'Hay que corregir una cosa en sus datos:'
      : `Hay que corregir ${n} cosas en sus datos:`,
  nothingToFix: 'No hay nada que corregir en sus datos.',
  problemAt: (row, record, id) =>
    `${row !== undefined ? `fila ${row}` : `registro ${record}`}${id ? ` (id ${id})` : ''}`,
  column: (name) => `columna ${name}`,
  warnings: {
    'no-contact': (n) => `${n} no tienen teléfono, correo ni sitio web: nadie puede contactarlos.`,
    'no-coordinates': (n) =>
      `${n} no tienen posición: no salen en el mapa ni se ordenan por distancia.`,
    stale: (n) =>
      `${n} se comprobaron hace más de un año: se avisa de que pueden estar desactualizados.`,
    unverified: (n) => `${n} no dicen cuándo se comprobaron.`,
  },
  language: 'Idioma',
  directoryLanguage: 'Idioma del directorio',
  pageLanguageOption: 'El idioma de la página que lo muestra',
  colours: 'Colores',
  ownColours: 'Usar mis colores',
  mainColour: 'Color principal (botones)',
  textOnIt: 'Texto encima',
  readable: (a, b) =>
    `Legible: texto sobre el color principal ${a}:1, color principal sobre blanco ${b}:1 (WCAG AA pide 4,5:1).`,
  notReadable: (pairs) =>
    `No es lo bastante legible para todos: ${pairs} (WCAG AA pide 4,5:1). Estos colores no se usan; elija uno más oscuro o más claro.`,
  pairOnAccent: (r) => `texto sobre el color principal ${r}:1`,
  pairAccentOnWhite: (r) => `el color principal como texto sobre blanco ${r}:1`,
  and: ' y ',
  features: 'Funciones',
  quickExit:
    'Salida rápida: un botón que sale al instante hacia otro sitio (para personas en peligro)',
  quickExitTo: 'La salida rápida lleva a',
  referrals:
    'Las solicitudes de derivación van a (una dirección https que las recibe; vacío: sin derivaciones)',
  reports: 'Permitir avisar de una ficha errónea',
  reportsTo: (server) =>
    `Los avisos van a ${server ? '(vacío: su servidor de directorio los guarda)' : '(una dirección https)'}`,
  reportsRecipient:
    'Quién los recibe, como lo leen los visitantes (el nombre de su organización; vacío: el host de la dirección)',
  persistList: 'Guardar la lista de un visitante entre visitas (solo en su dispositivo)',
  mapTiles:
    'Teselas de mapa que usted sirve (un archivo .pmtiles o una dirección {z}/{x}/{y}; vacío: sin mapa)',
  mapAttribution: 'Atribución del mapa',
  snippetTitle: 'Pegue esto en su página',
  copySnippet: 'Copiar el fragmento',
  cspTitle: 'Si su sitio envía una Content-Security-Policy',
  cspHint: 'Use esta, o añada a la suya lo que nombra.',
  copyCsp: 'Copiar la política',
  copied: (what) =>
    what === 'snippet' ? 'El fragmento está copiado.' : 'La política está copiada.',
  previewTitle: 'Su directorio, como lo verán sus visitantes',
  previewFrame: 'Vista previa',
  giveAddress: 'Indique la dirección de su directorio para verlo aquí.',
};

const it: Words = {
  title: 'Mettere la vostra directory sul vostro sito',
  intro:
    'Indicate l’indirizzo della vostra directory (un file JSON, un file o un’API Open Referral HSDS, o un foglio di calcolo salvato in CSV), controllate cosa non va nei dati, scegliete lingua, colori e funzioni, e copiate lo snippet nella vostra pagina. Nulla di ciò che scrivete qui lascia il vostro browser.',
  pageLanguage: 'Lingua di questa pagina',
  directory: 'La vostra directory',
  modeFeed: 'Un file: JSON, Open Referral HSDS, o un foglio di calcolo salvato in CSV',
  modeServer: 'Un server di directory (per directory molto grandi)',
  feedAddress: 'Indirizzo del vostro file',
  serverAddress: 'Indirizzo del vostro server di directory',
  tryFile: 'Oppure provate un file di questo computer (resta su questo computer)',
  previewingFile: (name) =>
    `Anteprima di ${name}. Pubblicatelo sul vostro sito e indicatene l’indirizzo qui sopra: lo snippet usa quell’indirizzo.`,
  reading: 'Lettura della directory…',
  cannotShow: 'La vostra directory non può essere mostrata.',
  shown: (shown, total, rejected) =>
    `${shown} risorse su ${total} possono essere mostrate${rejected ? `; ${rejected} no` : ''}.`,
  toFix: (n) =>
    n === 1
      ? 'Un punto dei vostri dati è da correggere:'
      : `${n} punti dei vostri dati sono da correggere:`,
  nothingToFix: 'Nulla da correggere nei vostri dati.',
  problemAt: (row, record, id) =>
    `${row !== undefined ? `riga ${row}` : `scheda ${record}`}${id ? ` (id ${id})` : ''}`,
  column: (name) => `colonna ${name}`,
  warnings: {
    'no-contact': (n) => `${n} non hanno telefono, e-mail né sito: nessuno può contattarle.`,
    'no-coordinates': (n) => `${n} non hanno una posizione: niente mappa né ordine per distanza.`,
    stale: (n) =>
      `${n} sono state verificate più di un anno fa: ai visitatori si dice che potrebbero non essere aggiornate.`,
    unverified: (n) => `${n} non dicono quando sono state verificate.`,
  },
  language: 'Lingua',
  directoryLanguage: 'Lingua della directory',
  pageLanguageOption: 'La lingua della pagina che la ospita',
  colours: 'Colori',
  ownColours: 'Usare i miei colori',
  mainColour: 'Colore principale (pulsanti)',
  textOnIt: 'Testo sopra',
  readable: (a, b) =>
    `Leggibile: testo sul colore principale ${a}:1, colore principale su bianco ${b}:1 (WCAG AA chiede 4,5:1).`,
  notReadable: (pairs) =>
    `Non abbastanza leggibile per tutti: ${pairs} (WCAG AA chiede 4,5:1). Questi colori non sono usati; sceglietene uno più scuro o più chiaro.`,
  pairOnAccent: (r) => `testo sul colore principale ${r}:1`,
  pairAccentOnWhite: (r) => `il colore principale come testo su bianco ${r}:1`,
  and: ' e ',
  features: 'Funzioni',
  quickExit: 'Uscita rapida: un pulsante che passa subito a un altro sito (per chi è in pericolo)',
  quickExitTo: 'L’uscita rapida porta a',
  referrals:
    'Le richieste di invio vanno a (un indirizzo https che le riceve; vuoto: nessun invio)',
  reports: 'Permettere di segnalare una scheda sbagliata',
  reportsTo: (server) =>
    `Le segnalazioni vanno a ${server ? '(vuoto: le tiene il vostro server di directory)' : '(un indirizzo https)'}`,
  reportsRecipient:
    'Chi le riceve, come lo leggono i visitatori (il nome della vostra organizzazione; vuoto: l’host dell’indirizzo)',
  persistList:
    'Tenere la lista di un visitatore tra una visita e l’altra (solo sul suo dispositivo)',
  mapTiles:
    'Tasselli di mappa che servite (un file .pmtiles o un indirizzo {z}/{x}/{y}; vuoto: nessuna mappa)',
  mapAttribution: 'Attribuzione della mappa',
  snippetTitle: 'Incollate questo nella vostra pagina',
  copySnippet: 'Copia lo snippet',
  cspTitle: 'Se il vostro sito invia una Content-Security-Policy',
  cspHint: 'Usate questa, o aggiungete alla vostra ciò che nomina.',
  copyCsp: 'Copia la policy',
  copied: (what) => (what === 'snippet' ? 'Lo snippet è copiato.' : 'La policy è copiata.'),
  previewTitle: 'La vostra directory, come la vedranno i visitatori',
  previewFrame: 'Anteprima',
  giveAddress: 'Indicate l’indirizzo della vostra directory per vederla qui.',
};

const ar: Words = {
  title: 'ضع دليلك على موقعك',
  intro:
    'أدخل عنوان دليلك (ملف JSON، أو ملف أو واجهة Open Referral HSDS، أو جدول محفوظ بصيغة CSV)، وتحقق مما هو خاطئ فيه، واختر اللغة والألوان والميزات، ثم انسخ المقتطف إلى صفحتك. لا يغادر متصفحك شيء مما تدخله هنا.',
  pageLanguage: 'لغة هذه الصفحة',
  directory: 'دليلك',
  modeFeed: 'ملف: JSON أو Open Referral HSDS أو جدول محفوظ بصيغة CSV',
  modeServer: 'خادم دليل (للأدلة الكبيرة جدًا)',
  feedAddress: 'عنوان ملفك',
  serverAddress: 'عنوان خادم دليلك',
  tryFile: 'أو جرّب ملفًا من هذا الحاسوب (يبقى على هذا الحاسوب)',
  previewingFile: (name) =>
    `معاينة ${name}. انشره على موقعك واكتب عنوانه أعلاه: المقتطف يستخدم ذلك العنوان.`,
  reading: 'جارٍ قراءة دليلك…',
  cannotShow: 'لا يمكن عرض دليلك.',
  shown: (shown, total, rejected) =>
    `يمكن عرض ${shown} من ${total} موردًا${rejected ? `؛ ولا يمكن عرض ${rejected}` : ''}.`,
  toFix: (n) => `${n} أمور في بياناتك تحتاج إلى تصحيح:`,
  nothingToFix: 'لا شيء في بياناتك يحتاج إلى تصحيح.',
  problemAt: (row, record, id) =>
    `${row !== undefined ? `الصف ${row}` : `السجل ${record}`}${id ? ` (id ${id})` : ''}`,
  column: (name) => `العمود ${name}`,
  warnings: {
    'no-contact': (n) => `${n} بلا هاتف ولا بريد ولا موقع: لا يستطيع أحد الوصول إليها.`,
    'no-coordinates': (n) => `${n} بلا موقع جغرافي: لا تظهر على الخريطة ولا تُرتّب حسب المسافة.`,
    stale: (n) => `${n} تم التحقق منها قبل أكثر من سنة: يُنبَّه الزوار إلى أنها قد تكون قديمة.`,
    unverified: (n) => `${n} لا تذكر متى تم التحقق منها.`,
  },
  language: 'اللغة',
  directoryLanguage: 'لغة الدليل',
  pageLanguageOption: 'لغة الصفحة التي تعرضه',
  colours: 'الألوان',
  ownColours: 'استخدام ألواني',
  mainColour: 'اللون الرئيسي (الأزرار)',
  textOnIt: 'النص فوقه',
  readable: (a, b) =>
    `مقروء: النص على اللون الرئيسي ${a}:1، واللون الرئيسي على الأبيض ${b}:1 (يطلب مستوى WCAG AA نسبة 4.5:1).`,
  notReadable: (pairs) =>
    `غير مقروء بما يكفي للجميع: ${pairs} (يطلب مستوى WCAG AA نسبة 4.5:1). لا تُستخدم هذه الألوان؛ اختر لونًا أغمق أو أفتح.`,
  pairOnAccent: (r) => `النص على اللون الرئيسي ${r}:1`,
  pairAccentOnWhite: (r) => `اللون الرئيسي كنص على الأبيض ${r}:1`,
  and: ' و',
  features: 'الميزات',
  quickExit: 'خروج سريع: زر يغادر فورًا إلى موقع آخر (للزوار المعرّضين للخطر)',
  quickExitTo: 'يؤدي الخروج السريع إلى',
  referrals: 'تُرسل طلبات الإحالة إلى (عنوان https يستقبلها؛ فارغ: بلا إحالات)',
  reports: 'السماح للزوار بالإبلاغ عن بطاقة خاطئة',
  reportsTo: (server) =>
    `تُرسل البلاغات إلى ${server ? '(فارغ: يحتفظ بها خادم دليلك)' : '(عنوان https)'}`,
  reportsRecipient: 'من يستقبلها، كما يُقال للزوار (اسم منظمتك؛ فارغ: مضيف العنوان)',
  persistList: 'الاحتفاظ بقائمة الزائر بين الزيارات (على جهازه فقط)',
  mapTiles: 'مربعات الخريطة التي تقدّمها (ملف ‎.pmtiles أو عنوان {z}/{x}/{y}؛ فارغ: بلا خريطة)',
  mapAttribution: 'نسبة الخريطة',
  snippetTitle: 'الصق هذا في صفحتك',
  copySnippet: 'نسخ المقتطف',
  cspTitle: 'إذا كان موقعك يرسل Content-Security-Policy',
  cspHint: 'استخدم هذه، أو أضف إلى سياستك ما تذكره.',
  copyCsp: 'نسخ السياسة',
  copied: (what) => (what === 'snippet' ? 'تم نسخ المقتطف.' : 'تم نسخ السياسة.'),
  previewTitle: 'دليلك كما سيراه زوارك',
  previewFrame: 'معاينة',
  giveAddress: 'أدخل عنوان دليلك لتراه هنا.',
};

/** The configurator's languages, with their names in themselves. */
export const PAGE_LANGUAGES: ReadonlyArray<[string, string]> = [
  ['en', 'English'],
  ['fr', 'Français'],
  ['es', 'Español'],
  ['it', 'Italiano'],
  ['ar', 'العربية'],
];

const ALL: Readonly<Record<string, Words>> = { en, fr, es, it, ar };

/** The configurator's words in `lang` (its primary language), English when it has none. */
export function wordsFor(lang: string): Words {
  return ALL[lang.toLowerCase().split('-')[0]!] ?? en;
}
