// The embed configurator's logic: WCAG contrast, the snippet and the Content-Security-Policy it needs.
import { expect } from '@open-wc/testing';
import { contrastRatio, meetsAA, parseHex } from '../../src/core/embed/contrast.js';
import {
  contrastProblems,
  embedCsp,
  embedSnippet,
  finderAttributes,
} from '../../src/core/embed/snippet.js';

const SCRIPT = 'https://cdn.example.org/resource-finder/dist/resource-finder.min.js';

describe('contrast (WCAG 2.2)', () => {
  it('measures ratios as WCAG does', () => {
    expect(contrastRatio('#000', '#fff')).to.equal(21);
    expect(contrastRatio('#fff', '#fff')).to.equal(1);
    // WebAIM's reference values.
    expect(contrastRatio('#767676', '#ffffff')!.toFixed(2)).to.equal('4.54');
    expect(contrastRatio('#777777', '#ffffff')!.toFixed(2)).to.equal('4.48');
    expect(meetsAA('#767676', '#fff')).to.equal(true);
    expect(meetsAA('#777777', '#fff')).to.equal(false);
    expect(parseHex('red')).to.equal(undefined);
    expect(contrastRatio('red', '#fff')).to.equal(undefined);
  });

  it('names each pair of the chosen colours that fails AA', () => {
    expect(contrastProblems({ accent: '#0b6e4f' })).to.deep.equal([]);
    expect(contrastProblems({ accent: '#ffd400' }).map((p) => p.pair)).to.deep.equal([
      'on-accent',
      'accent-on-background',
    ]);
    expect(
      contrastProblems({ accent: '#ffd400', onAccent: '#000000' }).map((p) => p.pair),
    ).to.deep.equal(['accent-on-background']);
  });
});

describe('the snippet', () => {
  it('writes the chosen attributes, escaped, and the colours only when they pass', () => {
    const snippet = embedSnippet({
      script: SCRIPT,
      src: 'https://ngo.example.org/feed.csv?a=1&b="2"',
      lang: 'ar',
      quickExit: 'https://www.bbc.co.uk/weather',
      persistList: true,
      accent: '#7a1f5c',
    });
    expect(snippet.split('\n')[0]).to.equal(`<script type="module" src="${SCRIPT}"></script>`);
    expect(snippet).to.contain(
      '<resource-finder src="https://ngo.example.org/feed.csv?a=1&amp;b=&quot;2&quot;" lang="ar" quick-exit="https://www.bbc.co.uk/weather" persist-list></resource-finder>',
    );
    expect(snippet).to.contain('--rf-color-accent: #7a1f5c;');
    expect(embedSnippet({ script: SCRIPT, src: 'f.json', accent: '#ffd400' })).not.to.contain(
      '<style>',
    );
  });

  it('sends reports to the directory server itself in server mode', () => {
    expect(
      finderAttributes({ script: SCRIPT, api: 'https://api.example.org/', reportEndpoint: '' }),
    ).to.deep.equal([
      ['api', 'https://api.example.org/'],
      ['report-endpoint', true],
    ]);
    expect(
      finderAttributes({
        script: SCRIPT,
        src: 'f.json',
        reportEndpoint: 'https://ngo.example.org/reports',
        reportRecipient: 'Réseau Solidarité',
      }),
    ).to.deep.equal([
      ['src', 'f.json'],
      ['report-endpoint', 'https://ngo.example.org/reports'],
      ['report-recipient', 'Réseau Solidarité'],
    ]);
    // Without a server, an empty address means no reports.
    expect(finderAttributes({ script: SCRIPT, src: 'f.json', reportEndpoint: '' })).to.deep.equal([
      ['src', 'f.json'],
    ]);
  });
});

describe('the Content-Security-Policy', () => {
  it('names the drop-in’s origin, blob: for its worker, the feed’s and endpoints’ origins, and the style’s hash', () => {
    const csp = embedCsp(
      {
        script: SCRIPT,
        src: 'https://data.example.org/feed.json',
        referralEndpoint: 'https://ngo.example.org/referrals',
        reportEndpoint: 'https://ngo.example.org/reports',
      },
      'abc=',
      'https://ngo.example.org',
    );
    expect(csp.split('; ')).to.deep.equal([
      "default-src 'none'",
      "script-src 'self' https://cdn.example.org",
      "style-src 'self' 'sha256-abc='",
      "worker-src 'self' https://cdn.example.org blob:",
      "connect-src 'self' https://data.example.org",
      "img-src 'self'",
      "require-trusted-types-for 'script'",
      'trusted-types lit-html resource-finder',
    ]);
  });

  it('is the README’s strict policy for a site that serves everything itself, without Trusted Types for a map', () => {
    const own = embedCsp(
      { script: 'https://ngo.example.org/rf/resource-finder.min.js', src: '/feed.json' },
      undefined,
      'https://ngo.example.org',
    );
    expect(own).to.equal(
      "default-src 'none'; script-src 'self'; style-src 'self'; worker-src 'self'; connect-src 'self'; img-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html resource-finder",
    );
    const map = embedCsp({
      script: SCRIPT,
      src: 'f.json',
      mapTiles: 'https://tiles.example.org/{z}/{x}/{y}.mvt',
    });
    expect(map).to.contain("connect-src 'self' https://tiles.example.org");
    expect(map).not.to.contain('trusted-types');
  });
});
