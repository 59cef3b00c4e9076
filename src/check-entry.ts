/**
 * IIFE entry of `dist/consent-gate-check.min.js`: the JSON config's full check
 * with its key hints, which a UI file loads (through the core's loader) as it
 * mounts, only when the page's JSON config has a problem to tell (docs/loading.md). It hands
 * the check to the loader that inserted it; run without one, it does nothing.
 */
import { cleanJsonConfig } from './config/json-config';
import type { JsonCheck } from './loader/contract';
import { CHECK_SLOT, handToCore } from './loader/slot';

const check: JsonCheck = cleanJsonConfig;
handToCore(CHECK_SLOT, check);
