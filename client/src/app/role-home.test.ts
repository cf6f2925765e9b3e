import { destinationAfterSignIn, ROLE_HOME } from './role-home';

describe('destinationAfterSignIn', () => {
  it('sends each role to its home by default', () => {
    expect(destinationAfterSignIn('ADMIN', null)).toBe('/admin');
    expect(destinationAfterSignIn('COUNSELOR', undefined)).toBe('/caseload');
    expect(destinationAfterSignIn('CLIENT', '')).toBe('/exercises');
    expect(Object.keys(ROLE_HOME).sort()).toEqual(['ADMIN', 'CLIENT', 'COUNSELOR']);
  });

  it('returns to the requested page when it belongs to the role', () => {
    expect(destinationAfterSignIn('COUNSELOR', '/caseload/couple-1')).toBe('/caseload/couple-1');
  });

  it("never follows a path into another role's pages or off the site", () => {
    expect(destinationAfterSignIn('CLIENT', '/caseload')).toBe('/exercises');
    expect(destinationAfterSignIn('ADMIN', '//evil.example/admin')).toBe('/admin');
    expect(destinationAfterSignIn('ADMIN', 'https://evil.example/admin')).toBe('/admin');
    expect(destinationAfterSignIn('COUNSELOR', '/caseloadextra')).toBe('/caseload');
  });
});
