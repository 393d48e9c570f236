// Setup file (vitest.config.ts): each test file removes the temporary folders it made when it ends.
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dir.js';

afterAll(removeTempDirs);
