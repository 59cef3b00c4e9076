/**
 * A tiny typed event emitter. Listeners are called in subscription order; a
 * listener that throws is reported through `onError` and does not stop the
 * others (one broken subscriber must never keep the gate from seeing a change).
 *
 * @example
 * const e = createEmitter<{ change: number }>(console.error);
 * const off = e.on('change', (n) => console.log(n));
 * e.emit('change', 1); off();
 */
export interface Emitter<Events extends Record<string, unknown>> {
  on<K extends keyof Events>(type: K, listener: (payload: Events[K]) => void): () => void;
  emit<K extends keyof Events>(type: K, payload: Events[K]): void;
}

export function createEmitter<Events extends Record<string, unknown>>(onError: (error: unknown) => void): Emitter<Events> {
  const listeners = new Map<keyof Events, Set<(payload: never) => void>>();
  return {
    on(type, listener) {
      let set = listeners.get(type);
      if (!set) listeners.set(type, (set = new Set()));
      // Wrap so the same function subscribed twice gets two independent subscriptions.
      const entry = (payload: never) => listener(payload);
      set.add(entry);
      return () => void set.delete(entry);
    },
    emit(type, payload) {
      const set = listeners.get(type);
      if (!set) return;
      for (const listener of [...set]) {
        try {
          listener(payload as never);
        } catch (error) {
          onError(error);
        }
      }
    },
  };
}
