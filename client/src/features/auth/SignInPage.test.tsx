import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes } from 'react-router';
import { COMPLETE_LOGIN, LOGIN } from './graphql/session';
import { SignInPage } from './SignInPage';

const viewer = {
  __typename: 'Viewer' as const,
  id: 'u1',
  email: 'maya@clinic.example',
  displayName: 'Maya Okafor',
  role: 'COUNSELOR' as const,
  clinic: { __typename: 'Clinic' as const, id: 'c1', name: 'Riverbend Counseling' },
};

function renderSignIn(mocks: ConstructorParameters<typeof Object>[0][] = []) {
  // MemoryRouter rather than a data router: jsdom has no fetch Request for the latter.
  render(
    <MockedProvider mocks={mocks as never}>
      <MantineProvider>
        <MemoryRouter initialEntries={['/sign-in']}>
          <Routes>
            <Route path="/sign-in" element={<SignInPage />} />
            <Route path="/caseload" element={<h1>Caseload page</h1>} />
          </Routes>
        </MemoryRouter>
      </MantineProvider>
    </MockedProvider>,
  );
}

const type = (label: RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('SignInPage', () => {
  it('asks for both fields before calling the server', async () => {
    renderSignIn();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your email address')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
  });

  it("signs in with the typed values and opens the role's home", async () => {
    renderSignIn([
      {
        request: {
          query: LOGIN,
          variables: { input: { email: 'maya@clinic.example', password: 'correct horse' } },
        },
        result: { data: { login: viewer } },
      },
    ]);
    type(/Email/, ' maya@clinic.example ');
    type(/Password/, 'correct horse');
    fireEvent.submit(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Caseload page' })).toBeInTheDocument();
  });

  it("shows the server's message when sign-in fails", async () => {
    renderSignIn([
      {
        request: {
          query: LOGIN,
          variables: { input: { email: 'x@y.example', password: 'wrong' } },
        },
        result: {
          errors: [
            new GraphQLError('Email or password is incorrect.', {
              extensions: { code: 'UNAUTHENTICATED' },
            }),
          ],
        },
      },
    ]);
    type(/Email/, 'x@y.example');
    type(/Password/, 'wrong');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Email or password is incorrect.');
  });

  it('asks for the second factor when the password is right and two-factor is on', async () => {
    const input = { email: 'maya@clinic.example', password: 'correct horse' };
    renderSignIn([
      {
        request: { query: LOGIN, variables: { input } },
        result: {
          errors: [
            new GraphQLError('Enter the code from your authenticator app.', {
              extensions: { code: 'TWO_FACTOR_REQUIRED' },
            }),
          ],
        },
      },
      {
        request: { query: COMPLETE_LOGIN, variables: { input: { code: '123456' } } },
        result: { data: { completeLogin: viewer } },
      },
    ]);
    type(/Email/, input.email);
    type(/Password/, input.password);
    fireEvent.submit(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Enter your code' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    type(/Authentication code/, ' 123456 ');
    fireEvent.submit(screen.getByRole('button', { name: 'Verify and sign in' }));
    expect(await screen.findByRole('heading', { name: 'Caseload page' })).toBeInTheDocument();
  });
});
