import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import { ErrorCode } from './errors';

const NUL = '\u0000';
/** With the `u` flag a surrogate pair is one character, so this finds only unpaired halves. */
const LONE_SURROGATE = /\p{Surrogate}/u;

/** What is wrong with a text that cannot be stored as typed, or null when it can. */
function unstorable(text: string): string | null {
  if (text.includes(NUL)) return 'Text may not contain the NUL character (\\u0000).';
  if (LONE_SURROGATE.test(text)) {
    return 'Text must be valid Unicode: it holds half of a character pair (a lone surrogate).';
  }
  return null;
}

function firstProblem(value: unknown): string | null {
  if (typeof value === 'string') return unstorable(value);
  if (Array.isArray(value)) {
    for (const inner of value) {
      const problem = firstProblem(inner);
      if (problem) return problem;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const problem = unstorable(key) ?? firstProblem(inner);
      if (problem) return problem;
    }
  }
  return null;
}

function documentProblem(document: DocumentNode): string | null {
  let problem: string | null = null;
  visit(document, {
    [Kind.STRING]: (node) => {
      problem ??= unstorable(node.value);
    },
  });
  return problem;
}

/** What cannot be stored in a request's variables or document, or null when all can. */
export function storableTextProblem(variables: unknown, document: DocumentNode): string | null {
  return firstProblem(variables) ?? documentProblem(document);
}

/**
 * PostgreSQL cannot store the NUL character in text, and an unpaired UTF-16 surrogate would be
 * stored as U+FFFD, silently changing what was typed; no keyboard produces either. A request
 * carrying one in its variables or its document is refused as bad input before any work,
 * rather than failing half-way in the database or saving something else.
 */
export function storableTextGuard(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const problem = storableTextProblem(request.variables, document);
          if (problem) {
            throw new GraphQLError(problem, {
              extensions: { code: ErrorCode.BadUserInput, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
