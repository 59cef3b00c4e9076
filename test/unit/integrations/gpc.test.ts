import { describe, expect, it } from 'vitest';
import { readGpcRefusals } from '../../../src/integrations/gpc';
import { setup } from './setup';

const nav = (globalPrivacyControl: unknown) => ({ globalPrivacyControl }) as unknown as Navigator;

describe('readGpcRefusals', () => {
  it('refuses ads when the signal is exactly true and data-gpc is respect (the default)', () => {
    expect(readGpcRefusals(setup().settings, nav(true))).toEqual(['ads']);
  });

  it('refuses nothing without the signal, with a non-boolean signal, or with data-gpc="ignore"', () => {
    const { settings } = setup();
    for (const value of [false, undefined, 'true', 1]) expect(readGpcRefusals(settings, nav(value))).toEqual([]);
    expect(readGpcRefusals(settings, undefined)).toEqual([]);
    expect(readGpcRefusals(setup({ gpc: 'ignore' }).settings, nav(true))).toEqual([]);
  });

  it('refuses nothing when the site has no ads purpose', () => {
    expect(readGpcRefusals(setup({ purposes: 'analytics' }).settings, nav(true))).toEqual([]);
  });

  it('fails to "no signal" when reading navigator throws', () => {
    const throwing = Object.defineProperty({}, 'globalPrivacyControl', {
      get: () => {
        throw new Error('x');
      },
    }) as Navigator;
    expect(readGpcRefusals(setup().settings, throwing)).toEqual([]);
  });

  it('makes ads start refused in both modes until the visitor grants it explicitly', () => {
    for (const mode of ['opt-in', 'opt-out'] as const) {
      const { store } = setup({ mode }, { signalRefused: ['ads'] });
      expect(store.choices().ads).toBe(false);
      store.decide({ ads: true });
      expect(store.choices().ads).toBe(true);
    }
  });
});
