import { describe, expect, it } from 'vitest';
import { greetingName } from '../../shared/greeting-name';

describe('greetingName', () => {
  it.each([
    ['Priya Raman', 'Priya'],
    ['Dr. Asha Rao', 'Asha'],
    ['dr asha rao', 'asha'],
    ['  Ms  Lina   Haddad ', 'Lina'],
    ['Prof. Dr. Omar Said', 'Omar'],
    ['Drew Carter', 'Drew'],
    ['Dr.', 'Dr.'],
  ])('greets %j as %j', (fullName, expected) => {
    expect(greetingName(fullName)).toBe(expected);
  });
});
