import { describe, expect, it } from 'vitest';
import { JavaUnavailableError, javaMajorVersion, requireJava } from '../src/index.js';

describe('javaMajorVersion', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['openjdk version "11.0.2" 2019-01-15', 11],
    ['nonsense', null],
  ])('reads %s as %s', (output, major) => {
    expect(javaMajorVersion(output)).toBe(major);
  });
});

describe('requireJava', () => {
  it('returns the major version of the installed java', () => {
    expect(requireJava()).toBeGreaterThanOrEqual(17);
  });

  it('throws an error that names the missing command and how to install Java', () => {
    const attempt = () => requireJava('java-not-installed-here');
    expect(attempt).toThrow(JavaUnavailableError);
    expect(attempt).toThrow(
      /`java-not-installed-here` was not found.*apt-get install openjdk-17-jre-headless/,
    );
  });
});
