import { LitElement } from 'lit';

/**
 * Shadow root options of an element that hands focus to its first focusable part (the referral form). Typed as
 * LitElement types them: inferred, the published declaration failed to compile with TypeScript 5.9 (TS2417).
 */
export const DELEGATES_FOCUS: typeof LitElement.shadowRootOptions = {
  ...LitElement.shadowRootOptions,
  delegatesFocus: true,
};
