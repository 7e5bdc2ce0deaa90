/** Why a query was not answered: a newer one replaced it before it was sent. */
export function supersededError(): DOMException {
  return new DOMException('A newer query replaced this one.', 'AbortError');
}
