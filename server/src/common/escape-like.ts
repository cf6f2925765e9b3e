/** Makes user text match itself literally inside a LIKE pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[%_\\]/g, '\\$&');
}
