import { GraphQLError, Kind } from 'graphql';
import { DateTimeScalar, parseDateTime } from './date-time.scalar';

describe('DateTime input', () => {
  it.each([
    ['2026-12-07T09:30:00Z', '2026-12-07T09:30:00.000Z'],
    ['2026-12-07T09:30:00.123Z', '2026-12-07T09:30:00.123Z'],
    ['2026-12-07T10:30:00+01:00', '2026-12-07T09:30:00.000Z'],
    ['2026-12-07T10:30+0100', '2026-12-07T09:30:00.000Z'],
    ['2026-12-07', '2026-12-07T00:00:00.000Z'],
    ['2028-02-29T00:00:00Z', '2028-02-29T00:00:00.000Z'],
    ['2026-12-07T09:30:00.5-05:30', '2026-12-07T15:00:00.500Z'],
    ['0050-03-01T00:00:00Z', '0050-03-01T00:00:00.000Z'],
  ])('reads %s as %s', (input, expected) => {
    expect(parseDateTime(input).toISOString()).toBe(expected);
  });

  it.each([
    'not-a-date',
    '',
    '1',
    '2026',
    '2026-1-5',
    '2026-02-30',
    '2027-02-29T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-12-07T24:00:00Z',
    '2026-12-07T09:60:00Z',
    '0000-01-01T00:00:00Z',
    '+010000-01-01T00:00:00Z',
    'December 7, 2026',
  ])('refuses %j as bad input', (input) => {
    expect(() => parseDateTime(input)).toThrow(GraphQLError);
    try {
      parseDateTime(input);
    } catch (error) {
      expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses what is not a string, as a variable or in the document', () => {
    for (const value of [12345, true, null, {}, []]) {
      expect(() => DateTimeScalar.parseValue(value)).toThrow(/must be a string/);
    }
    expect(() => DateTimeScalar.parseLiteral({ kind: Kind.INT, value: '12345' })).toThrow(
      /must be a string/,
    );
  });

  it('writes dates as ISO 8601 at UTC', () => {
    expect(DateTimeScalar.serialize(new Date('2026-12-07T09:30:00Z'))).toBe(
      '2026-12-07T09:30:00.000Z',
    );
  });

  it('writes a timestamp PostgreSQL gave as JSON text, and refuses what is not a date', () => {
    // json_build_object writes timestamptz as text with microseconds and an offset.
    expect(DateTimeScalar.serialize('2026-12-07T10:30:00.123456+01:00')).toBe(
      '2026-12-07T09:30:00.123Z',
    );
    expect(DateTimeScalar.serialize(null)).toBeNull();
    expect(() => DateTimeScalar.serialize('soon')).toThrow(/not a date/);
    expect(() => DateTimeScalar.serialize(42)).toThrow(/not a date/);
  });
});
