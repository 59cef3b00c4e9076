/** IIFE entry of `dist/consent-gate.min.js`: every built-in language. */
import { boot } from './boot';
import { allLanguages } from './i18n/all';

boot(allLanguages);
