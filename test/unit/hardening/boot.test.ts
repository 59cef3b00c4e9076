import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { boot } from '../../../src/boot';
import { localUi } from '../helpers/ui-source';

// Untyped view of the globals: the page may put anything there.
const win = window as unknown as Record<string, unknown>;
let warnings: string[];

beforeEach(() => {
  warnings = [];
  vi.spyOn(console, 'warn').mockImplementation((m: string) => void warnings.push(m));
  delete win.consentGate;
  delete win.consentGateQueue;
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.cookie.split(';').forEach((c) => (document.cookie = c.split('=')[0] + '=; Max-Age=0; Path=/'));
});
afterEach(() => {
  vi.restoreAllMocks();
  document.querySelectorAll('consent-gate').forEach((el) => el.remove());
});

const api = () => win.consentGate as { get(): { purposes: Record<string, boolean> }; accept(p?: string[]): void };

describe('boot in a hostile page', () => {
  it('replaces a page global named consentGate, with one warning', () => {
    win.consentGate = 1;
    boot(localUi().forBoot);
    expect(typeof api().get).toBe('function');
    expect(warnings.filter((w) => w.includes('window.consentGate'))).toHaveLength(1);
  });

  it('does nothing the second time', async () => {
    const ui = localUi();
    boot(ui.forBoot);
    const first = win.consentGate;
    boot(ui.forBoot);
    expect(win.consentGate).toBe(first);
    await vi.waitFor(() => expect(document.querySelectorAll('consent-gate')).toHaveLength(1));
    expect(ui.loads).toEqual(['en']);
  });

  // jsdom has no named properties on document (no clobbering; that is proven in Chromium): this covers the fallback.
  it('without document.currentScript, reads the attributes of the consent-gate script tag, not of other markup', () => {
    document.head.innerHTML = `<img name="currentScript" data-mode="opt-out" data-purposes="ads">
      <script src="/js/consent-gate.min.js" data-purposes="analytics login"></script>`;
    boot(localUi().forBoot);
    expect(api().get().purposes).toEqual({ analytics: false, login: false });
  });

  it('runs queued calls, skips what is not a function and survives one that throws', () => {
    const ran: string[] = [];
    win.consentGateQueue = [
      () => ran.push('first'),
      'not a function',
      () => {
        throw new Error('page bug');
      },
      (gate: ReturnType<typeof api>) => gate.accept(['analytics']),
    ];
    boot(localUi().forBoot);
    expect(ran).toEqual(['first']);
    expect(api().get().purposes.analytics).toBe(true);
    expect(warnings.filter((w) => w.startsWith('consent-gate:'))).toHaveLength(2);
  });

  it('warns once about a queue that is not an array and starts anyway', () => {
    win.consentGateQueue = { push: 1 };
    boot(localUi().forBoot);
    expect(typeof api().get).toBe('function');
    expect(warnings.filter((w) => w.includes('consentGateQueue'))).toHaveLength(1);
  });

  it('starts even when console.warn throws', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {
      throw new Error('page replaced console');
    });
    win.consentGate = 1;
    expect(() => boot(localUi().forBoot)).not.toThrow();
    expect(typeof api().get).toBe('function');
  });
});
