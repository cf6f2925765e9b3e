import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { errorCode } from '../../app/errors';
import { LOGOUT, ME } from './graphql/session';

/** The signed-in user, or `signedOut` when the server has no session for this browser. */
export function useSession() {
  const { data, loading, error, refetch } = useQuery(ME, { errorPolicy: 'none' });
  const signedOut = errorCode(error) === 'UNAUTHENTICATED';
  return { viewer: data?.me, loading, error: signedOut ? undefined : error, signedOut, refetch };
}

export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading }] = useMutation(LOGOUT);
  const signOut = async () => {
    try {
      await logout();
    } finally {
      // Whatever the server said, nothing of this person stays in the page's memory.
      await client.clearStore();
      await navigate('/sign-in', { replace: true });
    }
  };
  return { signOut, signingOut: loading };
}
