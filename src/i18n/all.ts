import type { Catalog } from './index';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';

/** Every built-in language (SPEC 3: at least en, de, fr, es, it, nl, pt, pl). */
export const allLanguages: Catalog = { en, de, fr, es, it, nl, pt, pl };
