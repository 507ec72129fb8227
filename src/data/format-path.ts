/**
 * Writes a location inside a dataset the way the problems list shows it: `events[3].start`,
 * `features.features[2].geometry.coordinates[0]`, and `$` for the document itself.
 */

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['events', 3, 'start']` → `events[3].start`; `[]` → `$`. Odd keys are quoted: `properties["name ar"]`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'symbol') out += '[?]';
    else if (PLAIN_KEY.test(segment) && segment !== '$') out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === '' ? '$' : out;
}
