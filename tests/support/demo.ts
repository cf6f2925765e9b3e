/** The demo clinic the server loads with DEMO_DATA=true ("Riverbend Counseling"). */
export const DEMO_PASSWORD = 'tandem-demo-password';

export const DEMO = {
  admin: { email: 'admin@riverbend.example', name: 'Nora Lindqvist' },
  counselor: { email: 'maya.okafor@riverbend.example', name: 'Maya Okafor' },
  client: { email: 'alex.morgan@riverbend.example', name: 'Alex Morgan' },
  partner: { email: 'sam.morgan@riverbend.example', name: 'Sam Morgan' },
} as const;

/** What the sign-in page says for any failed attempt, so it never reveals which accounts exist. */
export const SIGN_IN_FAILED = 'Email or password is incorrect.';
