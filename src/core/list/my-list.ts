/**
 * "My list": the saved resources' ids, in a shared link and in opt-in storage. Pure: no DOM. (Their plain-text
 * summary for sharing and printing is in `summary.ts`, loaded with sharing.)
 */

/** The ids of a shared list in a page's query string. */
export function sharedListIds(search: string): string[] {
  return (new URLSearchParams(search).get('rf-list') ?? '').split(',').filter(Boolean);
}

/** The storage key of the saved list. */
export const LIST_KEY = 'resource-finder:list';

/** Reads saved ids from a Storage (when the host opted in); bad data reads as an empty list. */
export function loadList(storage: Pick<Storage, 'getItem'>): string[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(LIST_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** Writes saved ids to a Storage; an empty list removes the key. */
export function storeList(
  storage: Pick<Storage, 'setItem' | 'removeItem'>,
  ids: readonly string[],
): void {
  if (ids.length) storage.setItem(LIST_KEY, JSON.stringify(ids));
  else storage.removeItem(LIST_KEY);
}
