// custom-elements.json against the package it describes: what Storybook, IDEs and typings generators read must match
// the elements as they are (tags, shipped modules, attributes, typed events, CSS custom properties), so that it
// cannot drift.
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { elements } from '../src/define.js';
import * as events from '../src/events.js';

interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: Array<{ name: string; fieldName?: string }>;
  events?: Array<{ name: string; type?: { text: string } }>;
  cssProperties?: Array<{ name: string; default?: string }>;
  cssParts?: Array<{ name: string }>;
}
interface Manifest {
  modules: Array<{
    path: string;
    declarations?: Declaration[];
    exports?: Array<{ kind: string; name: string; declaration: { name: string; module?: string } }>;
  }>;
}

const manifest = (async () => (await (await fetch('/custom-elements.json')).json()) as Manifest)();

async function declarationOf(tag: string): Promise<Declaration> {
  for (const mod of (await manifest).modules)
    for (const d of mod.declarations ?? []) if (d.tagName === tag) return d;
  throw new Error(`no declaration for <${tag}>`);
}

describe('custom-elements.json', () => {
  it('names every element by its tag, with a definition in a module the package ships', async () => {
    const { modules } = await manifest;
    for (const [tag, element] of Object.entries(elements)) {
      const declaration = await declarationOf(tag);
      // (esbuild names a decorated class _Name in the test build.)
      expect(declaration.name, tag).to.equal(element.name.replace(/^_/, ''));
      expect(declaration.customElement, tag).to.equal(true);
      const definition = modules
        .flatMap((m) => m.exports ?? [])
        .find((e) => e.kind === 'custom-element-definition' && e.name === tag);
      expect(definition, tag).to.not.equal(undefined);
      expect(definition!.declaration.name).to.equal(declaration.name);
    }
    for (const mod of modules) {
      expect(mod.path, mod.path).to.match(/^dist\/.*\.js$/);
      expect((await fetch(`/${mod.path}`, { method: 'HEAD' })).status, mod.path).to.equal(200);
    }
  });

  it('lists every attribute the elements observe', async () => {
    for (const [tag, element] of Object.entries(elements)) {
      const listed = new Set(((await declarationOf(tag)).attributes ?? []).map((a) => a.name));
      const observed = (element as unknown as { observedAttributes: string[] }).observedAttributes;
      expect(observed.length, tag).to.be.greaterThan(0);
      for (const attribute of observed)
        expect(listed.has(attribute), `${tag} [${attribute}]`).to.equal(true);
    }
  });

  it('names and types every event by its class', async () => {
    const classes = events as unknown as Record<string, { eventName?: string }>;
    let seen = 0;
    for (const tag of Object.keys(elements)) {
      for (const event of (await declarationOf(tag)).events ?? []) {
        expect(event.name, tag).to.match(/^rf-[a-z-]+$/);
        const type = event.type?.text ?? '';
        expect(classes[type]?.eventName, `${tag} ${event.name}: ${type}`).to.equal(event.name);
        seen += 1;
      }
    }
    expect(seen).to.be.greaterThan(15);
    // The finder says what it fires.
    expect(
      ((await declarationOf('resource-finder')).events ?? []).map((e) => e.name),
    ).to.include.members(['rf-feed-load', 'rf-search', 'rf-referral-success']);
  });

  it('lists the CSS custom properties the styles read, exactly those the README documents', async () => {
    const listed = new Set<string>();
    for (const tag of Object.keys(elements))
      for (const p of (await declarationOf(tag)).cssProperties ?? []) listed.add(p.name);
    const readme = await (await fetch('/README.md')).text();
    const theming = readme.slice(
      readme.indexOf('### Theming'),
      readme.indexOf('### Text and languages'),
    );
    const documented = new Set(theming.match(/--rf-[a-z-]+/g));
    expect([...listed].sort()).to.deep.equal([...documented].sort());
    const accent = (await declarationOf('rf-search-box')).cssProperties?.find(
      (p) => p.name === '--rf-color-accent',
    );
    expect(accent?.default).to.match(/#0b6e4f/);
  });
});
