import Markdown from 'react-markdown';
import './notes.css';

/**
 * A note's Markdown as formatted text. Raw HTML in a note is never rendered (react-markdown
 * leaves it out without a raw-HTML plugin), unsafe link targets such as javascript: are
 * dropped by its URL check, and images are not loaded (shown as their alt text).
 */
export default function NoteMarkdown({ children }: { children: string }) {
  return (
    <div className="note-markdown">
      <Markdown
        skipHtml
        disallowedElements={['img']}
        unwrapDisallowed
        components={{
          a: ({ href, children: text }) => (
            <a href={href} target="_blank" rel="noopener noreferrer nofollow">
              {text}
            </a>
          ),
        }}
      >
        {children}
      </Markdown>
    </div>
  );
}
