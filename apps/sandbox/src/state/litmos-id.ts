/** Opaque Litmos-style record Ids, drawn from a seeded generator so a seed always gives the same Ids. */
import type { Prng } from '../seed/create-prng.js';

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A fresh opaque Litmos-style Id (`Qm3vXb7LpT2k1`: 12 random characters and a trailing `1`). */
export function newLitmosId(prng: Prng, used: Set<string>): string {
  for (;;) {
    let id = '';
    for (let i = 0; i < 12; i++) id += ID_ALPHABET[Math.floor(prng.next() * ID_ALPHABET.length)];
    id += '1';
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

/** A new opaque Id for a record created through the API. */
export function nextId(state: { readonly prng: Prng; readonly usedIds: Set<string> }): string {
  return newLitmosId(state.prng, state.usedIds);
}
