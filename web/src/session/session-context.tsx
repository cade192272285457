import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { api, onSignedOut, unwrap } from '../api/waymark-api';
import type { User } from '../api/types';
import { roleMayWrite } from '../api/vocabulary';

type SessionState =
  { kind: 'loading' } | { kind: 'signed-out' } | { kind: 'signed-in'; user: User };

interface Session {
  state: SessionState;
  /** Called by the sign-in page with the user the server answered with. */
  signedIn(user: User): void;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    unwrap(api.GET('/api/me'))
      .then((user) => live && setState({ kind: 'signed-in', user }))
      .catch(() => live && setState({ kind: 'signed-out' }));
    const unsubscribe = onSignedOut(() => setState({ kind: 'signed-out' }));
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);

  const signedIn = useCallback((user: User) => setState({ kind: 'signed-in', user }), []);
  const signOut = useCallback(async () => {
    // Even if the server cannot be reached the person wants out; forget the session here.
    await unwrap(api.POST('/api/auth/sign-out')).catch(() => undefined);
    setState({ kind: 'signed-out' });
  }, []);

  const value = useMemo(() => ({ state, signedIn, signOut }), [state, signedIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in person; only used below the route guard, where there always is one. */
export function useCurrentUser(): { user: User; canWrite: boolean } {
  const { state } = useSession();
  if (state.kind !== 'signed-in') throw new Error('useCurrentUser without a signed-in user');
  return { user: state.user, canWrite: roleMayWrite(state.user.role) };
}
