/**
 * Rollup plugin for the drop-in bundle: collapses the white space of Lit `css` templates in *.styles.ts files,
 * and strips line indentation from the other component modules. Our styles hold no strings whose spaces matter, so folding runs of white space and the spaces around
 * punctuation is safe; the npm build keeps readable styles.
 */
export default function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/]components[\\/]/.test(id)) return null;
      // Indentation survives minification only inside html`` and css`` templates, where it renders as nothing
      // more than the newline before it; dropping it is safe.
      if (!/\.styles\.ts$/.test(id)) return { code: code.replace(/\n[ \t]+/g, '\n'), map: null };
      const out = code.replace(/css\s*`([^`]*)`/g, (_, body) => {
        const min = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${min}\``;
      });
      return { code: out, map: null };
    },
  };
}
