// Runs a CommonJS bundle with V8's code cache, kept between runs in a private folder: what Node ≥ 22.1
// does for modules with module.enableCompileCache(), which Node 20 lacks. Compiling the bundle is most of
// a command's start-up; with the cache V8 reads the compiled code instead. Each command keeps its own
// cache file, written once by its first run (after it ran, so it holds every function that run compiled),
// keyed by the build's content hash (the bundle's and its vendored files') and the Node version: a changed
// build or Node never meets old code.
// Any failure to read or write the cache only costs the speed-up; the command itself always runs.
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

export interface CacheSettings {
  /** NODE_COMPILE_CACHE, NODE_DISABLE_COMPILE_CACHE: the variables Node's own cache obeys. */
  env: NodeJS.ProcessEnv;
  /** A short content hash of the bundle and its vendored files, fixed at build time. */
  bundleHash: string;
  /** The command the run is for (its first argument); each gets its own cache file. */
  command: string | undefined;
}

/** The cache file for this run, or undefined when caching is off or no safe folder is at hand. */
export function cacheFileFor({ env, bundleHash, command }: CacheSettings): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const uid = process.getuid?.();
  const dir = path.join(env.NODE_COMPILE_CACHE || tmpdir(), `adopters-bot-${uid ?? 'user'}`);
  if (!isPrivateFolder(dir, uid)) return undefined;
  const name = command !== undefined && /^[a-z][a-z-]{0,31}$/.test(command) ? command : 'other';
  return path.join(dir, `${bundleHash}-${process.version}-${name}.bin`);
}

/**
 * Code read from the cache runs as it was compiled, so the folder must be one no other user can write:
 * in a shared temporary directory someone else could have made it first. Made 0700 when missing; used
 * only if it is a real folder (not a link), owned by this user, writable by no one else.
 */
function isPrivateFolder(dir: string, uid: number | undefined): boolean {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = lstatSync(dir);
    if (!stat.isDirectory()) return false;
    if (uid === undefined) return true; // Windows: the user's own temporary folder
    return stat.uid === uid && (stat.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

interface BundledModule {
  exports: unknown;
  filename: string;
}

/**
 * Runs `file` (a CommonJS bundle) as the main program, compiled from `cacheFile` when it holds its code.
 * The files of its own the bundle requires on first use (dist/vendor/*.cjs: libraries only some commands
 * or files reach) come through the cache too, each with a file beside the command's (`…-add.parse5.bin`);
 * Node's built-ins come from Node.
 */
export function runBundle(file: string, cacheFile: string | undefined): void {
  const modules = new Map<string, BundledModule>();
  const load = (target: string, cache: string | undefined): BundledModule => {
    const known = modules.get(target);
    if (known) return known;
    const module: BundledModule = { exports: {}, filename: target };
    // Known before it runs, as Node does: a cycle gets the exports made so far.
    modules.set(target, module);
    const dir = path.dirname(target);
    const nodeRequire = createRequire(target);
    const require = (id: string): unknown => {
      if (!/^\.\.?\//.test(id)) return nodeRequire(id);
      const own = path.resolve(dir, id);
      return load(own, cacheFile?.replace(/\.bin$/, `.${path.basename(own, '.cjs')}.bin`)).exports;
    };
    compile(target, cache).call(module.exports, module.exports, require, module, target, dir);
    return module;
  };
  load(file, cacheFile);
}

/** The CommonJS wrapper of `file`, compiled from `cacheFile` when V8 accepts it; the cache is written when not. */
function compile(file: string, cacheFile: string | undefined): (...args: unknown[]) => void {
  const source = readSource(file);
  const cachedData = cacheFile === undefined ? undefined : readCache(cacheFile);
  // The wrapper Node itself puts around a CommonJS module.
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected)) {
    // At exit the script holds the code of every function this run compiled, not only the top level.
    process.once('exit', () => writeCache(cacheFile, () => script.createCachedData()));
  }
  return script.runInThisContext() as (...args: unknown[]) => void;
}

/**
 * The build writes the bundle in ASCII, which read as Latin-1 becomes V8's string without decoding or
 * copying: about 3 ms less than UTF-8 for 1.4 MB. A bundle edited by hand to hold other bytes still reads.
 */
function readSource(file: string): string {
  const bytes = readFileSync(file);
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** How many builds keep their code: a machine may run two releases in turn, and neither should lose it. */
const BUILDS_KEPT = 3;

/**
 * Written beside and renamed into place, so a run that starts meanwhile never reads half a file. Beyond
 * the three builds written most recently, other builds' code goes (upgrades leave none piling up).
 */
function writeCache(file: string, data: () => Buffer): void {
  const partial = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(partial, data(), { mode: 0o600 });
    renameSync(partial, file);
  } catch {
    // A full disk or a read-only folder: the next run compiles again. This runs as the process exits,
    // so nothing here may throw: an error would replace the command's exit status.
    try {
      rmSync(partial, { force: true });
    } catch {
      // The partial file stays; it is never read (only `.bin` names are).
    }
    return;
  }
  try {
    pruneOldBuilds(path.dirname(file));
  } catch {
    // Another run pruning at the same moment: nothing is lost but a file to delete.
  }
}

/** Deletes the code of all but the builds written most recently (a file name starts with its build). */
function pruneOldBuilds(dir: string): void {
  const newest = new Map<string, number>();
  const files = readdirSync(dir).filter((name) => name.endsWith('.bin'));
  for (const name of files) {
    const build = name.split('-')[0]!;
    const written = statSync(path.join(dir, name)).mtimeMs;
    newest.set(build, Math.max(newest.get(build) ?? 0, written));
  }
  const kept = new Set(
    [...newest]
      .sort((a, b) => b[1] - a[1])
      .slice(0, BUILDS_KEPT)
      .map(([build]) => build),
  );
  for (const name of files) if (!kept.has(name.split('-')[0]!)) rmSync(path.join(dir, name), { force: true });
}
