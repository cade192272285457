import { Type, type Static } from 'typebox';
import { ClosedObject, Nullable } from './common.schema.js';

/** How people can sign in here; the sign-in page asks before it shows its buttons. */
export const SignInMethods = ClosedObject({
  password: Type.Boolean(),
  oidc: Nullable(
    ClosedObject({
      name: Type.String({ description: 'What to call the provider: "Sign in with <name>".' }),
      startUrl: Type.String({ description: 'Where the browser goes to start signing in.' }),
    }),
  ),
});
export type SignInMethods = Static<typeof SignInMethods>;
