// The action's entry, which action.yml names. The action is ESM, split per mode; this loads it.
import('./action.mjs');
