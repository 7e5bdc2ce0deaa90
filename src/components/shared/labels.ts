import type { FilterGroup } from '../../core/filters/facets.js';
import { languageName, valueLabel, type Messages } from '../../i18n/index.js';

/** The label of a filter option as visitors read it. */
export function optionLabel(group: FilterGroup, value: string, m: Messages, lang: string): string {
  switch (group) {
    case 'languages':
      return languageName(value, lang);
    case 'delivery':
      return (
        (Object.hasOwn(m.delivery, value) ? m.delivery[value] : undefined) ?? valueLabel(value, m)
      );
    case 'cost':
      return m.freeOnly;
    case 'open':
      return m.openNowOnly;
    default:
      return valueLabel(value, m);
  }
}
