import { hasOwn } from '../util/own';

/**
 * What a tagged element needs (docs/gate.md#which-purposes): `data-consent="ads customization"`
 * needs every listed purpose granted; `!analytics` needs analytics refused.
 * Pure, no DOM.
 */
export interface Requirement {
  /** Purposes that must be granted. */
  readonly granted: readonly string[];
  /** Purposes that must be refused (`!purpose`). */
  readonly refused: readonly string[];
}

/** A purpose's state: granted, refused, or not decided yet (`undefined`). */
export type Choices = Readonly<Record<string, boolean | undefined>>;

/**
 * One purpose id, optionally after `!`: the same rule for `data-consent`
 * tokens and for the choices stored in the cookie (cookie-format.ts).
 */
export const TOKEN = /^(!?)([A-Za-z][A-Za-z0-9_-]{0,31})$/;

/**
 * Parses a `data-consent` value. Returns `null` when it is empty or holds an
 * invalid token: such an element stays blocked (fail closed).
 *
 * @example
 * parseRequirement('ads !analytics') // { granted: ['ads'], refused: ['analytics'] }
 */
export function parseRequirement(value: string | null | undefined): Requirement | null {
  const tokens = typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : [];
  if (!tokens.length || tokens.length > 20) return null;
  const granted: string[] = [];
  const refused: string[] = [];
  for (const token of tokens) {
    const match = TOKEN.exec(token);
    if (!match) return null;
    (match[1] ? refused : granted).push(match[2]!);
  }
  return { granted, refused };
}

/**
 * Whether an element with this requirement may run under these choices.
 * `necessary` is always granted and never refused.
 */
export function allows(requirement: Requirement, choices: Choices): boolean {
  const state = (p: string) => p === 'necessary' || (hasOwn(choices, p) ? choices[p] : undefined);
  return requirement.granted.every((p) => state(p) === true) && requirement.refused.every((p) => state(p) === false);
}

/** Purposes named by a requirement that the page does not configure (they can never be granted). */
export function unknownPurposes(requirement: Requirement, configured: readonly string[]): string[] {
  return requirement.granted.concat(requirement.refused).filter((p) => p !== 'necessary' && !configured.includes(p));
}
