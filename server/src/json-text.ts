/**
 * JSON text written once and put into answers as it is: a service's HSDS record shown again is neither built nor
 * written again (see `api.ts`).
 */
import { randomBytes } from 'node:crypto';

/** A value already written as JSON. */
export class JsonText {
  constructor(readonly text: string) {}
}

/** Stands for a {@link JsonText} while the rest is written: a string no value of ours holds (random, per process). */
const MARK = `rf-json-text-${randomBytes(12).toString('hex')}:`;
const MARKED = new RegExp(`"${MARK}(\\d+)"`, 'g');

/** `JSON.stringify(value)`, with each {@link JsonText} in it written as its text. */
export function stringify(value: unknown): string {
  const texts: string[] = [];
  const written = JSON.stringify(value, (_key, v: unknown) =>
    v instanceof JsonText ? `${MARK}${texts.push(v.text) - 1}` : v,
  );
  return texts.length ? written.replace(MARKED, (_all, i: string) => texts[Number(i)]!) : written;
}

/** One value's JSON: its text when already written. */
export const jsonOf = (value: unknown): string =>
  value instanceof JsonText ? value.text : JSON.stringify(value);
