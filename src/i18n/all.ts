import type { Catalog } from './index';
import { en } from './en';

/** Every built-in language (SPEC 3: at least en, de, fr, es, it, nl, pt, pl). */
export const allLanguages: Catalog = { en };
