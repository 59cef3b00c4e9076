import { describe, expect, it } from 'vitest';
import { cleanJsonConfig } from '../../../src/config/json-config';
import { createSettings } from '../../../src/config/settings';
import { en } from '../../../src/i18n/en';
import { createUiModel, fill } from '../../../src/ui/model';

const settings = (options = {}) => createSettings(options, { host: 'example.com', warn: () => {} });

describe('createUiModel', () => {
  it('lists the configured purposes in order with label, description and declared cookies', () => {
    const s = settings({ purposes: 'ads analytics' });
    const config = { purposes: { analytics: { label: 'Stats', cookies: ['_ga*', { name: 'x', provider: 'Us' }] } } };
    const model = createUiModel(s, en, 'en', [], cleanJsonConfig(config, () => {}).purposes);
    expect(model.purposes.map((p) => [p.id, p.label, p.cookies.length])).toEqual([
      ['ads', 'Ad tracking', 0],
      ['analytics', 'Stats', 2],
    ]);
    expect(model.purposes[1]!.cookies[1]).toEqual({ name: 'x', provider: 'Us' });
  });

  it('keeps the ad purpose named "Ad tracking" in opt-out mode: a switch that is on must mean "allowed"', () => {
    const model = createUiModel(settings({ mode: 'opt-out' }), en, 'en', ['ads']);
    expect(model.purposes.find((p) => p.id === 'ads')!.label).toBe('Ad tracking');
    expect(model.signalRefused).toEqual(['ads']);
    expect(model.mode).toBe('opt-out');
  });

  it('carries position and the checked policy URL', () => {
    const model = createUiModel(settings({ position: 'center', policyUrl: 'javascript:alert(1)' }), en, 'en', []);
    expect([model.position, model.policyUrl]).toEqual(['center', null]);
  });
});

describe('fill', () => {
  it('puts the labels in place of {purposes}', () => {
    expect(fill('Allow {purposes}', ['Analytics', 'Ad tracking'])).toBe('Allow Analytics, Ad tracking');
  });

  it("keeps a label's $ patterns literal", () => {
    expect(fill('Allow {purposes}!', ["Ads $& $' $`"])).toBe("Allow Ads $& $' $`!");
  });
});
