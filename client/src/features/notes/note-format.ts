import type { SessionNoteFieldsFragment } from '../../graphql/generated/graphql';

export type SessionNote = SessionNoteFieldsFragment;

export const noteDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });
export const noteMoment = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

/** The first words of a note, for lists and labels. */
export function excerpt(body: string, length = 90): string {
  const text = body
    .replace(/[#>*_`[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

/** How a linked exercise or check-in reads: "Values inventory (Alex Morgan)". */
export function linkLabel(link: { title: string; personName?: string | null }): string {
  return link.personName ? `${link.title} (${link.personName})` : link.title;
}
