import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// These tests run the built CLI (turbo's test task depends on build) as a user would.
const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const cli = join(repoRoot, 'apps/cli/dist/treatywatch.mjs');
const eventsFile = join(repoRoot, 'data/events.json');
const scratch = mkdtempSync(join(tmpdir(), 'treatywatch-assess-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runCli(args: readonly string[], env: Record<string, string> = {}): CliRun {
  return runCommand(process.execPath, [cli, ...args], env);
}

function runCommand(file: string, args: readonly string[], env: Record<string, string>): CliRun {
  const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...inherited } = process.env;
  const result = spawnSync(file, args, {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...inherited, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the CLI on a pseudo-terminal (util-linux `script`), as if typed at a shell. */
function runCliInTerminal(args: readonly string[], env: Record<string, string> = {}): CliRun {
  const quote = (word: string) => `'${word.replaceAll("'", "'\\''")}'`;
  const command = [process.execPath, cli, ...args].map(quote).join(' ');
  return runCommand('script', ['-qec', command, '/dev/null'], env);
}

interface Row {
  readonly state: string;
  readonly treaty: string;
  readonly status: string;
  readonly since: string | null;
  readonly effectiveOn: string | null;
  readonly nextReviewOn: string | null;
  readonly explanation: readonly string[];
}

function assessJson(args: readonly string[]): Row[] {
  const run = runCli(['assess', ...args, '--json']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as Row[];
}

function find(rows: readonly Row[], state: string, treaty: string): Row | undefined {
  return rows.find((row) => row.state === state && row.treaty === treaty);
}

/** Writes `content` (JSON-encoded unless a string) to a scratch file and returns its path. */
function scratchFile(name: string, content: unknown): string {
  const path = join(scratch, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

// Each test spawns node; on a busy machine that takes seconds, not milliseconds.
const TIMEOUT = { timeout: 30_000 };
const SOURCE = 'https://example.org/fact';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

describe('treatywatch assess --json', TIMEOUT, () => {
  // The command of the done criterion, run once for the tests that read its output.
  let rows: Row[] = [];
  beforeAll(() => {
    rows = assessJson(['--events', eventsFile, '--as-of', '2026-01-15']);
  }, TIMEOUT.timeout);

  it('prints exactly a JSON array of records with the seven contract fields', () => {
    expect(Array.isArray(rows)).toBe(true);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(
        ['effectiveOn', 'explanation', 'nextReviewOn', 'since', 'state', 'status', 'treaty'].sort(),
      );
    }
  });

  it('writes every date as YYYY-MM-DD or null and the explanation as non-empty strings', () => {
    for (const row of rows) {
      for (const date of [row.since, row.effectiveOn, row.nextReviewOn]) {
        if (date !== null) expect(date).toMatch(ISO_DATE);
      }
      expect(row.explanation.length).toBeGreaterThan(0);
      for (const line of row.explanation) expect(line).toEqual(expect.stringMatching(/\S/));
    }
  });

  it('sorts the records by state, then treaty', () => {
    const keys = rows.map((row) => `${row.state}\u0000${row.treaty}`);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('shows the 2025 Ottawa withdrawals of Lithuania, Latvia and Estonia in effect on 2026-01-15', () => {
    for (const state of ['LT', 'LV', 'EE']) {
      expect(find(rows, state, 'apmbc')).toMatchObject({
        status: 'withdrawn',
        effectiveOn: '2025-12-27',
        nextReviewOn: null,
      });
    }
  });

  it("shows Finland's Ottawa withdrawal in effect from 2026-01-10", () => {
    expect(find(rows, 'FI', 'apmbc')).toMatchObject({
      status: 'withdrawn',
      effectiveOn: '2026-01-10',
    });
  });

  it("shows Poland's Ottawa withdrawal pending until 2026-02-20", () => {
    expect(find(rows, 'PL', 'apmbc')).toMatchObject({
      status: 'withdrawal-pending',
      effectiveOn: '2026-02-20',
      nextReviewOn: '2026-02-20',
    });
  });

  it("shows Ukraine's declared suspension of the Ottawa Convention", () => {
    expect(find(rows, 'UA', 'apmbc')).toMatchObject({
      status: 'suspension-declared',
      since: '2025-07-18',
      effectiveOn: null,
    });
  });

  it("shows Lithuania's cluster munitions withdrawal in effect from 2025-03-06", () => {
    expect(find(rows, 'LT', 'ccm')).toMatchObject({
      status: 'withdrawn',
      effectiveOn: '2025-03-06',
    });
  });

  it('ignores events dated after --as-of', () => {
    const early = assessJson(['--events', eventsFile, '--as-of', '2025-06-01']);
    expect(find(early, 'LT', 'apmbc')).toMatchObject({ status: 'withdrawal-approved' });
    expect(find(early, 'UA', 'apmbc')).toBeUndefined();
  });

  it('assesses as of today (UTC) when --as-of is absent', () => {
    const before = new Date().toISOString().slice(0, 10);
    const implicit = assessJson(['--events', eventsFile]);
    const after = new Date().toISOString().slice(0, 10);
    const explicit = [before, after].map((day) =>
      assessJson(['--events', eventsFile, '--as-of', day]),
    );
    expect(explicit).toContainEqual(implicit);
  });

  it("counts a state's armed conflict for its treaty pairs", () => {
    const path = scratchFile('conflict.json', [
      { state: 'UA', type: 'armed-conflict-began', date: '2022-02-24', source: SOURCE },
      {
        state: 'UA',
        type: 'withdrawal-notified',
        treaty: 'apmbc',
        date: '2025-01-10',
        source: SOURCE,
      },
    ]);
    const assessed = assessJson(['--events', path, '--as-of', '2026-01-15']);
    expect(assessed).toHaveLength(1);
    expect(assessed[0]).toMatchObject({
      state: 'UA',
      treaty: 'apmbc',
      status: 'withdrawal-suspended',
    });
  });

  it('assesses no pair for a state whose only events are state-wide', () => {
    const path = scratchFile('conflict-only.json', [
      { state: 'UA', type: 'armed-conflict-began', date: '2022-02-24', source: SOURCE },
    ]);
    expect(assessJson(['--events', path, '--as-of', '2026-01-15'])).toEqual([]);
  });

  it('reports treaties by canonical id when events use an alias', () => {
    const path = scratchFile('alias.json', [
      {
        state: 'LT',
        type: 'withdrawal-notified',
        treaty: 'ottawa',
        date: '2025-06-27',
        source: SOURCE,
      },
    ]);
    const assessed = assessJson(['--events', path, '--as-of', '2026-01-15']);
    expect(assessed.map((row) => row.treaty)).toEqual(['apmbc']);
  });
});

describe('treatywatch assess (table)', TIMEOUT, () => {
  it('prints one row per pair with the state code and English name, treaty, status and dates', () => {
    const run = runCli(['assess', '--events', eventsFile, '--as-of', '2026-01-15']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const poland = run.stdout.split('\n').find((line) => line.startsWith('PL Poland'));
    expect(poland).toBeDefined();
    expect(poland).toContain('withdrawal-pending');
    expect(poland).toContain('2026-02-20');
    expect(run.stdout).toContain('as of 2026-01-15');
    expect(run.stdout).toMatch(/^UA Ukraine .*suspension-declared/m);
  });

  it('prints no colour codes when stdout is not a terminal', () => {
    const run = runCli(['assess', '--events', eventsFile, '--as-of', '2026-01-15']);
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('colours the table on a terminal', () => {
    const run = runCliInTerminal(['assess', '--events', eventsFile, '--as-of', '2026-01-15']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('\u001b[');
    expect(run.stdout).toContain('withdrawal-pending');
  });

  it('honours NO_COLOR on a terminal', () => {
    const run = runCliInTerminal(['assess', '--events', eventsFile, '--as-of', '2026-01-15'], {
      NO_COLOR: '1',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('withdrawal-pending');
    expect(run.stdout).not.toContain('\u001b[');
  });
});

describe('treatywatch assess on invalid input', TIMEOUT, () => {
  function expectRejected(run: CliRun): void {
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toBe('');
  }

  it('names the index, id and field of an event with an impossible date', () => {
    const path = scratchFile('bad-date.json', [
      {
        state: 'LT',
        type: 'withdrawal-notified',
        treaty: 'apmbc',
        date: '2025-06-27',
        source: SOURCE,
      },
      {
        id: 'pl-bad-date',
        state: 'PL',
        type: 'withdrawal-notified',
        treaty: 'apmbc',
        date: '2025-02-30',
        source: SOURCE,
      },
    ]);
    const run = runCli(['assess', '--events', path, '--as-of', '2026-01-15', '--json']);
    expectRejected(run);
    expect(run.stderr).toContain('event 1');
    expect(run.stderr).toContain('"pl-bad-date"');
    expect(run.stderr).toContain('"date"');
  });

  it('names the field of an event whose treaty is not in the catalog', () => {
    const path = scratchFile('bad-treaty.json', [
      {
        id: 'xx-1',
        state: 'LT',
        type: 'withdrawal-notified',
        treaty: 'warsaw-pact',
        date: '2025-06-27',
        source: SOURCE,
      },
    ]);
    const run = runCli(['assess', '--events', path, '--as-of', '2026-01-15']);
    expectRejected(run);
    expect(run.stderr).toContain('event 0');
    expect(run.stderr).toContain('"xx-1"');
    expect(run.stderr).toContain('"treaty"');
  });

  it.each([
    [
      'an event of another state',
      [
        {
          id: 'fi-n',
          state: 'FI',
          type: 'withdrawal-notified',
          treaty: 'apmbc',
          date: '2025-07-10',
          source: SOURCE,
        },
        {
          id: 'se-r',
          state: 'SE',
          type: 'event-retracted',
          retracts: 'fi-n',
          date: '2025-08-01',
          source: SOURCE,
        },
      ],
      'an event of FI, not of SE',
    ],
    [
      'an id no event in the file has',
      [
        {
          id: 'fi-n',
          state: 'FI',
          type: 'withdrawal-notified',
          treaty: 'apmbc',
          date: '2025-07-10',
          source: SOURCE,
        },
        {
          id: 'se-r',
          state: 'FI',
          type: 'event-retracted',
          retracts: 'fi-typo',
          date: '2025-08-01',
          source: SOURCE,
        },
      ],
      'no event of the input has that id',
    ],
  ])(
    'refuses a retraction that names %s, naming the retraction, its index and the id',
    (_label, events, words) => {
      const path = scratchFile('bad-retraction.json', events);
      const run = runCli(['assess', '--events', path, '--as-of', '2026-01-15', '--json']);
      expectRejected(run);
      expect(run.stderr).toContain('event 1');
      expect(run.stderr).toContain('"se-r"');
      expect(run.stderr).toContain('"retracts"');
      expect(run.stderr).toContain(words);
      expect(run.stderr).toMatch(/"fi-(n|typo)"/);
    },
  );

  it('refuses a notification whose notice period would end after 9999-12-31, naming the field', () => {
    const path = scratchFile('late.json', [
      {
        id: 'pl-late',
        state: 'PL',
        type: 'withdrawal-notified',
        treaty: 'apmbc',
        date: '9999-09-01',
        source: SOURCE,
      },
    ]);
    const run = runCli(['assess', '--events', path, '--as-of', '9999-12-31', '--json']);
    expectRejected(run);
    expect(run.stderr).toContain('"pl-late"');
    expect(run.stderr).toContain('"date"');
    expect(run.stderr).toContain('after 9999-12-31');
    expect(run.stderr).not.toContain('10000');
  });

  it('accepts a file that starts with a UTF-8 byte-order mark', () => {
    const events = [
      {
        id: 'pl-n',
        state: 'PL',
        type: 'withdrawal-notified',
        treaty: 'apmbc',
        date: '2025-08-20',
        source: SOURCE,
      },
    ];
    const path = scratchFile('bom.json', `\uFEFF${JSON.stringify(events)}`);
    const rows = assessJson(['--events', path, '--as-of', '2026-01-15']);
    expect(find(rows, 'PL', 'apmbc')).toMatchObject({
      status: 'withdrawal-pending',
      effectiveOn: '2026-02-20',
    });
  });

  it('rejects a file that is not JSON', () => {
    const path = scratchFile('not-json.json', '[{"state": "LT",');
    const run = runCli(['assess', '--events', path, '--json']);
    expectRejected(run);
    expect(run.stderr).toContain('not valid JSON');
    expect(run.stderr).toContain(path);
  });

  it('rejects JSON that is not an array of events', () => {
    const path = scratchFile('object.json', { state: 'LT' });
    const run = runCli(['assess', '--events', path, '--json']);
    expectRejected(run);
    expect(run.stderr).toContain('array');
  });

  it('rejects a file that cannot be read', () => {
    const path = join(scratch, 'missing.json');
    const run = runCli(['assess', '--events', path, '--json']);
    expectRejected(run);
    expect(run.stderr).toContain('cannot read');
    expect(run.stderr).toContain(path);
  });

  it.each(['2025-02-30', '2025-13-01', '15/01/2026', 'today'])('rejects --as-of %s', (asOf) => {
    const run = runCli(['assess', '--events', eventsFile, '--as-of', asOf, '--json']);
    expectRejected(run);
    expect(run.stderr).toContain('--as-of');
    expect(run.stderr).toContain(asOf);
  });

  it('rejects a missing --events option', () => {
    const run = runCli(['assess', '--json']);
    expectRejected(run);
    expect(run.stderr).toContain('--events');
  });
});

describe('treatywatch --help and --version', TIMEOUT, () => {
  it('describes the assess command and its options', () => {
    const run = runCli(['assess', '--help']);
    expect(run.status).toBe(0);
    for (const option of ['--events <file>', '--as-of <date>', '--json']) {
      expect(run.stdout).toContain(option);
    }
  });

  it('lists the assess command at the top level', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\s+assess\b/m);
  });

  it('prints the package version', () => {
    const run = runCli(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
