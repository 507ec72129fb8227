/*
 * Host-page script of iframe-api.html: connects to the map in the iframe with the client the
 * map ships (`embed/client.js`, one ES module with no dependencies), wires the buttons to
 * commands and logs what the map reports. Copy it; change the import to your map's address,
 * e.g. `https://maps.news.example/embed/client.js` (served with CORS, or copied to your site).
 */
import { ConflictMapClient } from '../embed/client.js';

const iframe = document.getElementById('map');
const log = document.getElementById('log');
const buttons = document.querySelectorAll('[data-action]');

// The map's origin defaults to the origin of the iframe's src; pass { origin } to be explicit.
const map = ConflictMapClient.connect(iframe);

/** Appends a line to the log (as text: never as HTML). */
function write(line) {
  log.textContent += `${new Date().toLocaleTimeString()}  ${line}\n`;
  log.scrollTop = log.scrollHeight;
}

function describe(state) {
  const selected = state.selectedEventId ?? state.selectedFeatureId ?? state.selectedExcerptId ?? 'nothing';
  return `time ${state.timeIso.slice(0, 10)}, selected ${selected}, ${state.visibleEventCount} events visible`;
}

const actions = {
  attacks: () => map.select({ eventId: 'ev-2022-08-15-attacks-on-us-personnel' }),
  strikes: () => map.select({ eventId: 'ev-2022-08-23-us-strikes-deir-ez-zor' }),
  crossing: () => map.select({ featureId: 'al-bukamal-crossing' }),
  // Times may be ISO strings, epoch milliseconds or Date objects.
  august: () => map.setWindow({ start: '2022-08-01', end: '2022-09-01' }),
  play: () => map.play(),
  pause: () => map.pause(),
  state: async () => write(`state: ${JSON.stringify(await map.getState())}`),
};

for (const button of buttons) {
  button.addEventListener('click', () => actions[button.dataset.action]());
}

map.ready.then((state) => {
  write(`ready (API version ${map.version}): ${describe(state)}`);
  for (const button of buttons) button.disabled = false;
});

// Sent after the reader changes something in the map, at most ten times a second.
map.on('change', ({ changed, state }) => write(`change [${changed.join(', ')}]: ${describe(state)}`));

// A command the map refused, e.g. an id this dataset does not have.
map.on('error', (error) => write(`error (${error.code}): ${error.message}`));
