// Builds ../src/main/resources/admin-assets/codemirror.js: one minified file, no other origin at run time.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';

// The admin's Content-Security-Policy allows no inline <style>. style-mod (CodeMirror's styles) writes one for a
// document and uses a constructed stylesheet only in shadow roots; constructed stylesheets are not inline styles,
// so it is told to use one for the document too.
const constructedStylesheets = {
  name: 'constructed-stylesheets',
  setup(b) {
    b.onLoad({ filter: /style-mod[\\/]src[\\/]style-mod\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const patched = source.replace('if (!root.head && root.adoptedStyleSheets && win.CSSStyleSheet)',
        'if (root.adoptedStyleSheets && win.CSSStyleSheet)');
      if (patched === source) {
        throw new Error('style-mod changed: check the constructed-stylesheets patch');
      }
      return { contents: patched, loader: 'js' };
    });
  }
};

await build({
  entryPoints: ['src/index.js'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2019',
  legalComments: 'eof',
  outfile: '../src/main/resources/admin-assets/codemirror.js',
  plugins: [constructedStylesheets],
  logLevel: 'warning'
});
