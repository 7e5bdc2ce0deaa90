/** Plain-English messages for zod issues, for receivers of referrals (the feed reports problems as codes instead). Pure. */
import type * as z from 'zod/mini';

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object'
    ? 'an object'
    : typeof value === 'string'
      ? 'text'
      : `a ${typeof value}`;
}

/** Plain-English messages for data maintainers (schema-level messages take precedence). */
export function describeIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'is required'
        : `must be ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}, not ${kind(issue.input)}`;
    case 'too_small':
    case 'too_big': {
      const bound =
        issue.code === 'too_small' ? `at least ${issue.minimum}` : `at most ${issue.maximum}`;
      return issue.origin === 'array'
        ? `must have ${bound} items`
        : issue.origin === 'string'
          ? `must have ${bound} characters`
          : `must be ${bound}`;
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return `is not a valid ${issue.format}`;
    case 'invalid_key':
      return 'has an invalid key';
    default:
      return 'is not valid';
  }
}

/** Options for `z.safeParse` that give plain-English messages without changing zod's global configuration. */
export const parseOptions = { error: describeIssue, reportInput: false } as const;

/** Errors keyed by path ("fields.phone", or "(payload)" for the whole), the first issue of each. */
export function issueErrors(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[issue.path.join('.') || '(payload)'] ??= issue.message;
  return errors;
}
