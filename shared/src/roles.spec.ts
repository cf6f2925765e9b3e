import { ALL_ROLES, Role } from './roles';

describe('roles', () => {
  it('lists each role once, with the names the API uses', () => {
    expect(ALL_ROLES).toEqual(['ADMIN', 'COUNSELOR', 'CLIENT']);
    expect(new Set(ALL_ROLES).size).toBe(Object.values(Role).length);
  });
});
