/** IIFE entry of `dist/consent-gate.en.min.js`: English only, for lighter pages. */
import { boot } from './boot';
import { en } from './i18n/en';

boot({ en });
