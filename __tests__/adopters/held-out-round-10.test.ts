// Shapes from real files the engine had never seen (a README's users written one linked heading each, the
// last one named by its host), keyed by hand before the engine ran on them; the entries here are made up
// in their shapes.
import { describe, expect, it } from 'vitest';
import { inserted, lines } from '../support/held-out.js';

describe("a README's users, one linked heading each, the last named by its host", () => {
  const readme = lines(
    '## Changelog',
    '',
    '### 1.0.0',
    '',
    '- Updated code to be compliant',
    '',
    '',
    '## Who is using the plugin ?',
    '',
    '### [sitegenerators.net](http://sitegenerators.example.net/)',
    '',
    '### [netwatch](http://netwatch.example.org)',
    '- http://example.org/netwatch/commit/213352d',
    '',
    '### [Yii framework](http://www.yii.example.com/)',
    '- http://www.yii.example.com/extension/grid/',
    '',
    '### [api.tinyapp.co.uk](http://api.tinyapp.co.uk/countries)',
    '- https://github.com/tinyapp/api/commit/b1cf62d',
    '',
    '',
    '*Your site? email me*',
    '',
    '## Other plugins',
  );

  it('reads the host-named heading as the last adopter (its "api" is no part of the page) and adds after it', () => {
    const result = inserted(readme);
    // The key: after the last heading's body, before the closing remark (new lines 21 or 22).
    expect([21, 22]).toContain(result.line);
    expect(result.entry).toMatch(/^### \[Mango Metrics\]\(https:\/\/mangometrics\.example\.com\)/);
  });
});
