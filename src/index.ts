// The action entry: nothing but the call (all logic lives behind run()).
import { run } from './main.js';

await run();
