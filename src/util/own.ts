/**
 * Whether `key` is an own property of `object`: `Object.prototype.ads = true`
 * or `Object.prototype.mode = 'opt-out'` (set by a polluting script) is
 * inherited by every object and must never read as a choice or a setting.
 * One helper for every such check (ES2020 has no `Object.hasOwn`).
 *
 * @example
 * hasOwn({ ads: true }, 'ads') // true
 * hasOwn({}, 'toString') // false
 */
export const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);
