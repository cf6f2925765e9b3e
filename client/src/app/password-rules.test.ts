import { passwordProblems } from './password-rules';

describe('passwordProblems', () => {
  it('asks for 12 characters and two matching entries', () => {
    expect(passwordProblems('short', 'short')).toEqual({
      password: 'Use at least 12 characters',
      repeat: undefined,
    });
    expect(passwordProblems('long enough words', 'long enough word')).toEqual({
      password: undefined,
      repeat: 'The two passwords are not the same',
    });
    expect(passwordProblems('long enough words', 'long enough words')).toEqual({
      password: undefined,
      repeat: undefined,
    });
  });
});
