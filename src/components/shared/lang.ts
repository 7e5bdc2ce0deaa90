/** The UI language of an element: its `ui-lang`, else the nearest `lang` attribute, else the page's, else English. */
export function uiLanguage(el: HTMLElement, explicit?: string): string {
  return (
    explicit || el.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en'
  );
}
