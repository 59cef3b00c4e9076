import type { Catalog } from './index';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';

/** Every built-in language (docs/languages.md#built-in-languages). */
export const allLanguages: Catalog = { en, de, fr, es, it, nl, pt, pl };
