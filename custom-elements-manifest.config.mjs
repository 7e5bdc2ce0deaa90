// custom-elements.json as tools read it (Storybook, IDEs, JSX and Vue typings): each element with its tag name and a
// custom-element definition (from src/define.ts, where the tags are registered), module paths of the files the package
// ships (dist/*.js), every event named and typed (its class in src/events.ts), and every CSS custom property the
// element's styles read (with its default), found in the styles themselves so that the list cannot drift.
// test/manifest.test.ts checks all of it against the package and the README.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const read = (path) => readFileSync(new URL(path, import.meta.url), 'utf8');

/**
 * Tag by class name, from the `elements` map of src/define.ts and from the elements registered on their own
 * (src/map.ts: `register({ 'rf-map': RfMap })`, loaded on demand).
 */
function tags() {
  const source = read('./src/define.ts');
  const map = /export const elements = \{([\s\S]*?)\}/.exec(source)[1];
  const own = /register\(\{([\s\S]*?)\}\)/.exec(read('./src/map.ts'))[1];
  return new Map(
    [...`${map}\n${own}`.matchAll(/'([a-z][a-z0-9-]*)':\s*(\w+)/g)].map(([, tag, name]) => [
      name,
      tag,
    ]),
  );
}

/** Event class by event name, from src/events.ts. */
function eventTypes() {
  const source = read('./src/events.ts');
  const out = new Map();
  for (const [, name, eventName] of source.matchAll(
    /export class (\w+) extends Event \{\s*static readonly eventName = '([a-z-]+)'/g,
  ))
    out.set(eventName, name);
  return out;
}

/** The custom properties a styles module reads, with their defaults (`var(--rf-x, default)`). */
function customProperties(file) {
  const out = new Map();
  let text;
  try {
    text = readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');
  } catch {
    return out;
  }
  for (const m of text.matchAll(
    /var\((--rf-[a-z-]+)(?:,\s*((?:[^()]|\([^()]*(?:\([^()]*\))?[^()]*\))*))?\)/g,
  ))
    if (!out.has(m[1])) out.set(m[1], (m[2] ?? '').trim());
  return out;
}

const shipped = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

function relink(value) {
  if (Array.isArray(value)) return value.forEach(relink);
  if (!value || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value)) {
    if (key === 'module' && typeof v === 'string' && v.startsWith('src/')) value[key] = shipped(v);
    else relink(v);
  }
}

function packagePlugin() {
  return {
    name: 'resource-finder-package',
    packageLinkPhase({ customElementsManifest }) {
      const byClass = tags();
      const types = eventTypes();
      const shared = customProperties('src/components/shared/base.styles.ts');
      for (const mod of customElementsManifest.modules) {
        const source = mod.path;
        for (const declaration of mod.declarations ?? []) {
          const tag = byClass.get(declaration.name);
          if (declaration.kind !== 'class' || !tag) continue;
          declaration.tagName = tag;
          declaration.customElement = true;
          // Events: each named and typed by its class in src/events.ts (every event the elements fire is one); what
          // the analyzer guesses from dispatchEvent calls without a name is dropped.
          declaration.events = (declaration.events ?? [])
            .filter((e) => types.has(e.name))
            .map((e) => ({ ...e, type: { text: types.get(e.name) } }));
          // CSS custom properties: what the element's own styles and the shared ones read.
          const folder = dirname(source);
          const properties = new Map(shared);
          for (const file of readdirSync(new URL(`./${folder}/`, import.meta.url)))
            if (file.endsWith('.styles.ts'))
              for (const [name, fallback] of customProperties(join(folder, file)))
                if (!properties.has(name)) properties.set(name, fallback);
          const described = new Map((declaration.cssProperties ?? []).map((p) => [p.name, p]));
          declaration.cssProperties = [...properties]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([name, fallback]) => ({
              ...described.get(name),
              name,
              ...(fallback ? { default: fallback } : {}),
            }));
          mod.exports = [
            ...(mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition'),
            {
              kind: 'custom-element-definition',
              name: tag,
              declaration: { name: declaration.name, module: shipped(source) },
            },
          ];
        }
      }
      for (const mod of customElementsManifest.modules) mod.path = shipped(mod.path);
      relink(customElementsManifest.modules);
    },
  };
}

export default {
  plugins: [packagePlugin()],
};
