/**
 * What the embed configurator gives a nonprofit to paste: the drop-in's script tag, the `<resource-finder>` tag with
 * the attributes chosen, the colours (checked against WCAG AA before they are offered), and the
 * Content-Security-Policy their site needs for exactly that. Pure: the page computes the style's hash with
 * `crypto.subtle` and passes it in.
 */
import { contrastRatio, AA_TEXT } from './contrast.js';

/** What a nonprofit chose in the configurator. */
export interface EmbedChoice {
  /** Absolute URL of resource-finder.min.js. */
  script: string;
  /** The feed's URL (`src`), or with `api`, none. */
  src?: string;
  /** A directory server's base URL (`api`: server mode). */
  api?: string;
  /** The interface language (`lang`); none follows the page. */
  lang?: string;
  /** Quick exit and where it leads (`quick-exit`). */
  quickExit?: string;
  /** Where referrals go (`referral-endpoint`). */
  referralEndpoint?: string;
  /** Where reports of a wrong listing go (`report-endpoint`; '' in server mode: the server's own). */
  reportEndpoint?: string;
  /** Who receives them, as the visitor is told (`report-recipient`). */
  reportRecipient?: string;
  /** Keeps "My list" between visits (`persist-list`). */
  persistList?: boolean;
  /** The map's tiles (`map-tiles`) and their attribution. */
  mapTiles?: string;
  mapAttribution?: string;
  /** The main colour (buttons) and the text on it, as `#rrggbb`. */
  accent?: string;
  onAccent?: string;
}

/** A colour pair that fails AA: which, and its ratio. */
export interface ContrastProblem {
  pair: 'on-accent' | 'accent-on-background';
  ratio: number;
}

/** The page background the finder's light theme draws on, which the main colour is read against as text. */
export const LIGHT_BACKGROUND = '#ffffff';

/**
 * The colour pairs the finder draws with the chosen colours, and those that fail AA (4.5:1): the text on a main
 * button, and the main colour as text (secondary buttons, links) on the background.
 */
export function contrastProblems(
  choice: Pick<EmbedChoice, 'accent' | 'onAccent'>,
): ContrastProblem[] {
  if (!choice.accent) return [];
  const problems: ContrastProblem[] = [];
  const onAccent = contrastRatio(choice.onAccent ?? '#ffffff', choice.accent);
  if (onAccent === undefined || onAccent < AA_TEXT)
    problems.push({ pair: 'on-accent', ratio: onAccent ?? 1 });
  const asText = contrastRatio(choice.accent, LIGHT_BACKGROUND);
  if (asText === undefined || asText < AA_TEXT)
    problems.push({ pair: 'accent-on-background', ratio: asText ?? 1 });
  return problems;
}

/** HTML-escapes an attribute's value. */
const attr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The `<resource-finder>` tag's attributes, in a stable order. */
export function finderAttributes(choice: EmbedChoice): Array<[string, string | true]> {
  const out: Array<[string, string | true]> = [];
  if (choice.api) out.push(['api', choice.api]);
  else if (choice.src) out.push(['src', choice.src]);
  if (choice.lang) out.push(['lang', choice.lang]);
  if (choice.quickExit) out.push(['quick-exit', choice.quickExit]);
  if (choice.referralEndpoint) out.push(['referral-endpoint', choice.referralEndpoint]);
  if (choice.reportEndpoint !== undefined && (choice.reportEndpoint || choice.api)) {
    out.push(['report-endpoint', choice.reportEndpoint || true]);
    if (choice.reportRecipient) out.push(['report-recipient', choice.reportRecipient]);
  }
  if (choice.persistList) out.push(['persist-list', true]);
  if (choice.mapTiles) {
    out.push(['map-tiles', choice.mapTiles]);
    if (choice.mapAttribution) out.push(['map-attribution', choice.mapAttribution]);
  }
  return out;
}

/** The style the colours need: custom properties on the finder, in its light theme (the contrast checked). */
export function colourStyle(choice: EmbedChoice): string | undefined {
  if (!choice.accent || contrastProblems(choice).length) return undefined;
  const on = choice.onAccent ?? '#ffffff';
  return [
    'resource-finder {',
    '  color-scheme: light;',
    `  --rf-color-accent: ${choice.accent};`,
    `  --rf-color-accent-text: ${choice.accent};`,
    `  --rf-color-on-accent: ${on};`,
    `  --rf-color-focus: ${choice.accent};`,
    '}',
  ].join('\n');
}

/** The snippet to paste: the script, the colours' style when chosen (and passing), and the finder's tag. */
export function embedSnippet(choice: EmbedChoice): string {
  const style = colourStyle(choice);
  const attributes = finderAttributes(choice)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${attr(value)}"`))
    .join('');
  return [
    `<script type="module" src="${attr(choice.script)}"></script>`,
    ...(style ? [`<style>\n${style}\n</style>`] : []),
    `<resource-finder${attributes}></resource-finder>`,
  ].join('\n');
}

/** The origin of a URL (`https://cdn.example.org`), or undefined for none or a relative one. */
function originOf(url: string | undefined, base?: string): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url, base).origin;
  } catch {
    return undefined;
  }
}

/**
 * The Content-Security-Policy a site needs for the snippet (README "Content-Security-Policy"): its own origin
 * (`'self'`) plus where the drop-in, the feed, the server, the endpoints and the map's tiles are, `blob:` for the
 * worker when the drop-in comes from another origin, and the colours' style by its hash (`styleHash`: the base64
 * SHA-256 of the style element's text). `site` is the origin the snippet will be pasted on, when known.
 */
export function embedCsp(choice: EmbedChoice, styleHash?: string, site?: string): string {
  const self = (origin: string | undefined) => (!origin || origin === site ? "'self'" : origin);
  const unique = (items: Array<string | undefined>) => [
    ...new Set(items.filter((i): i is string => !!i)),
  ];
  const script = self(originOf(choice.script));
  const connect = unique([
    "'self'",
    ...[
      choice.src,
      choice.api,
      choice.referralEndpoint,
      choice.reportEndpoint,
      choice.mapTiles,
    ].map((u) => self(originOf(u, site))),
  ]);
  const crossOrigin = script !== "'self'";
  return [
    "default-src 'none'",
    `script-src ${unique(["'self'", script]).join(' ')}`,
    `style-src 'self'${styleHash ? ` 'sha256-${styleHash}'` : ''}`,
    `worker-src ${unique(["'self'", script, crossOrigin ? 'blob:' : undefined]).join(' ')}`,
    `connect-src ${connect.join(' ')}`,
    "img-src 'self'",
    // The map's Leaflet cannot run under Trusted Types (README): without a map, the strict policy holds.
    ...(choice.mapTiles
      ? []
      : ["require-trusted-types-for 'script'", 'trusted-types lit-html resource-finder']),
  ].join('; ');
}
