import { LIMITS } from '@tandem/shared';

/** Room left in a key for a "-12" de-duplicating suffix. */
const BASE_ROOM = LIMITS.promptKeyMaxLength - 4;

/**
 * A key from a label, in the shape the shared rules accept (`^[a-z][a-z0-9_-]*$`): answers
 * are stored under it, so it is made once, when a new question or option is first saved,
 * and never follows later edits of the label.
 */
export function slugKey(label: string, fallback: string): string {
  let slug = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug && !/^[a-z]/.test(slug)) slug = `${fallback}-${slug}`;
  if (slug.length > BASE_ROOM) {
    const cut = slug.slice(0, BASE_ROOM);
    // End on a whole word when that keeps enough of the label to recognise.
    const lastDash = cut.lastIndexOf('-');
    slug = (lastDash >= 12 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
  }
  return slug || fallback;
}

/** `base`, or `base-2`, `base-3`… whichever is free; the chosen key is then taken. */
export function uniqueKey(base: string, taken: Set<string>): string {
  let key = base;
  for (let n = 2; taken.has(key); n += 1) key = `${base}-${n}`;
  taken.add(key);
  return key;
}
