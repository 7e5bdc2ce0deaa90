// The demo's language switch: it changes the finder in place (its `lang`), and this page's own words with it.
const TEXT = {
  en: {
    title: 'Find help near you',
    intro:
      'Food, shelter, legal aid, health, peer support and more. Search in any language, filter by what matters to you, and open a service to see its hours and how to reach it. Nothing you type leaves this page unless you send a request.',
    footer:
      'Sample directory of fictional organizations, written for the resource-finder demo. In an emergency, call your local emergency number.',
  },
  fr: {
    title: 'Trouver de l’aide près de chez vous',
    intro:
      'Alimentation, hébergement, aide juridique, santé, pair-aidance et plus encore. Cherchez dans votre langue, filtrez selon ce qui compte pour vous, et ouvrez un service pour voir ses horaires et comment le joindre. Rien de ce que vous tapez ne quitte cette page, sauf si vous envoyez une demande.',
    footer:
      'Annuaire d’exemple d’organismes fictifs, écrit pour la démonstration de resource-finder. En cas d’urgence, appelez le numéro d’urgence local.',
  },
  it: {
    title: 'Trova aiuto vicino a te',
    intro:
      'Cibo, alloggio, assistenza legale, salute, supporto tra pari e altro. Cerca nella tua lingua, filtra per ciò che conta per te e apri un servizio per vederne gli orari e come contattarlo. Nulla di ciò che scrivi lascia questa pagina, a meno che tu non invii una richiesta.',
    footer:
      'Elenco di esempio di enti fittizi, scritto per la demo di resource-finder. In caso di emergenza, chiama il numero di emergenza locale.',
  },
  es: {
    title: 'Encuentra ayuda cerca de ti',
    intro:
      'Comida, alojamiento, asesoría legal, salud, apoyo entre pares y más. Busca en tu idioma, filtra por lo que te importa y abre un servicio para ver su horario y cómo contactarlo. Nada de lo que escribes sale de esta página, salvo si envías una solicitud.',
    footer:
      'Directorio de ejemplo de organizaciones ficticias, escrito para la demostración de resource-finder. En caso de emergencia, llama al número de emergencias local.',
  },
  ar: {
    title: 'اعثر على المساعدة بالقرب منك',
    intro:
      'طعام، مأوى، مساعدة قانونية، صحة، دعم الأقران وغير ذلك. ابحث بلغتك، وصفِّ النتائج حسب ما يهمك، وافتح خدمة لترى مواعيدها وطريقة التواصل معها. لا يغادر هذه الصفحة شيء مما تكتبه إلا إذا أرسلت طلبًا.',
    footer:
      'دليل تجريبي لجهات خيالية، كُتب لعرض resource-finder. في حالات الطوارئ، اتصل برقم الطوارئ المحلي.',
  },
};

const select = document.querySelector('#language');
const finder = document.querySelector('resource-finder');

function show(lang) {
  const text = TEXT[lang] ?? TEXT.en;
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  finder.lang = lang;
  document.querySelector('#title').textContent = text.title;
  document.querySelector('#intro').textContent = text.intro;
  document.querySelector('#footer').textContent = text.footer;
}

select.addEventListener('change', () => show(select.value));
if (select.value !== 'en') show(select.value);
