// A README that titles its parts with a paragraph in emphasis (`*Installation*`, `*Projects using
// notify*`) rather than headings. The shape and the expected line are a real commit's the engine had
// never seen (a held-out history set): the person appended their project to the list under its title.
import { describe, expect, it } from 'vitest';
import { validEntry } from '../support/entry.js';
import { inserted, lines } from '../support/held-out.js';

describe('a list under a title written in emphasis', () => {
  it('is the list: the emphasized titles and the link above them are not a run of entries', () => {
    const readme = lines(
      'notify [![GoDoc](https://godoc.org/github.com/rjeczalik/notify?status.svg)](https://godoc.org/github.com/rjeczalik/notify)',
      '======',
      '',
      'Filesystem event notification library on steroids.',
      '',
      '*Documentation*',
      '',
      '[godoc.org/github.com/rjeczalik/notify](https://godoc.org/github.com/rjeczalik/notify)',
      '',
      '*Installation*',
      '',
      '```',
      '~ $ go get -u github.com/rjeczalik/notify',
      '```',
      '',
      '*Projects using notify*',
      '',
      '- [github.com/rjeczalik/cmd/notify](https://godoc.org/github.com/rjeczalik/cmd/notify)',
      '- [github.com/cortesi/devd](https://github.com/cortesi/devd)',
      '- [github.com/cortesi/modd](https://github.com/cortesi/modd)',
      '- [github.com/syncthing/syncthing-inotify](https://github.com/syncthing/syncthing-inotify)',
    );
    const entry = validEntry({
      name: 'github.com/OrlovEvgeny/TinyJPG',
      url: 'https://github.com/OrlovEvgeny/TinyJPG',
    });
    const result = inserted(readme, entry);
    // The person's commit: after the last project.
    expect(result.line).toBe(22);
    expect(result.entry).toBe('- [github.com/OrlovEvgeny/TinyJPG](https://github.com/OrlovEvgeny/TinyJPG)');
  });
});
