declare module '*.css?raw' {
  const css: string;
  export default css;
}

/** Language -> `sha384-…` of its UI file: replaced by rollup.config.mjs with the hashes of the files it just built. */
declare const __UI_FILES__: Readonly<Record<string, string>>;

/** `sha384-…` of the JSON config's check file, in a UI file's entry: replaced by rollup.config.mjs with the hash of the file it just built. */
declare const __CHECK_FILE__: string;

/** Stand-in in a UI file's entry for one language's texts, written in by rollup.config.mjs. */
declare const __UI_TEXTS__: import('./i18n/en').Texts;
