/**
 * The stylesheet as shipped (`import css from './styles.css?raw'`): comments
 * dropped and whitespace removed where CSS ignores it. A few rules rather than
 * a minifier: lightningcss and esbuild's CSS minifier, tried on src/ui/styles.css,
 * saved at most 6 B gzip in the UI file (gzip already takes the repeats they
 * merge), and lightningcss rewrote media queries to range syntax that older
 * browsers do not read. rollup.config.mjs (the shipped files) and
 * bench/raw-css.mjs (the bench's builds) both use this, so they weigh the same string.
 *
 * @example
 * minifyCss('a { color: red !important; }') // 'a{color:red!important}'
 */
export const minifyCss = (css) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,>])\s*/g, '$1')
    .replace(/ !important/g, '!important')
    .replace(/@media \(/g, '@media(')
    // 0.5 -> .5, not inside a longer number or a name (10.5, h0.5 stay).
    .replace(/(^|[^\w.-])0\.(\d)/g, '$1.$2')
    .replace(/;}/g, '}')
    .trim();
