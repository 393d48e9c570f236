import * as core from '@actions/core';
import { INPUT_NAMES } from '../config/resolve-settings.js';

/** Every input as the runner passes it ('' when unset: action.yml declares no defaults but the token's). */
export function readInputs(): Record<string, string> {
  return Object.fromEntries(INPUT_NAMES.map((name) => [name, core.getInput(name)]));
}
