/**
 * IIFE entry of `dist/consent-gate-check.min.js`: the JSON config's full check
 * with its key hints, which the core loads alongside a UI file only when the
 * page has a JSON config (docs/loading.md). It hands the check to the core
 * that inserted it; run without one, it does nothing.
 */
import { cleanJsonConfig } from './config/json-config';
import type { JsonCheck } from './loader/contract';
import { CHECK_SLOT, handToCore } from './loader/slot';

const check: JsonCheck = cleanJsonConfig;
handToCore(CHECK_SLOT, check);
