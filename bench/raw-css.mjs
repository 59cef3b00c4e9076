import { readFileSync } from 'node:fs';
import { minifyCss } from '../rollup.config.mjs';

/**
 * esbuild plugin doing what rollup.config.mjs's raw-css does: `import css from
 * './styles.css?raw'` gives the stylesheet as the same minified string.
 */
export const rawCss = {
  name: 'raw-css',
  setup(b) {
    b.onResolve({ filter: /\.css\?raw$/ }, (args) => ({
      path: new URL(args.path.slice(0, -4), 'file://' + args.resolveDir + '/').pathname,
      namespace: 'raw-css',
    }));
    b.onLoad({ filter: /.*/, namespace: 'raw-css' }, (args) => ({
      contents: `export default ${JSON.stringify(minifyCss(readFileSync(args.path, 'utf8')))};`,
      loader: 'js',
    }));
  },
};
