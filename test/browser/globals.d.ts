import type { ConsentGateApi } from '../../src/types';

declare global {
  interface Window {
    ran: string[];
    events: unknown[];
    consentGate: ConsentGateApi;
    consentGateQueue: unknown;
  }
}
