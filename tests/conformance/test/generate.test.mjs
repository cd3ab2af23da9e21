import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

import { conformanceDir } from '../lib/cases.mjs';

describe('the generator', () => {
  it('regenerates cases/generated.json byte for byte', () => {
    const run = spawnSync(process.execPath, ['generate.mjs', '--check'], { cwd: conformanceDir, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  });
});
