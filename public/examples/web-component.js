/*
 * Host-page script of web-component.html: changes the element's attributes (the map follows)
 * and logs the events it sends when the reader moves the time or selects something.
 */
const map = document.getElementById('map');
const log = document.getElementById('log');

/** Appends a line to the log (as text: never as HTML). */
function write(line) {
  log.textContent += `${new Date().toLocaleTimeString()}  ${line}\n`;
  log.scrollTop = log.scrollHeight;
}

const actions = {
  arabic: () => map.setAttribute('lang', 'ar'),
  english: () => map.setAttribute('lang', 'en'),
  dark: () => map.setAttribute('theme', 'dark'),
  light: () => map.setAttribute('theme', 'light'),
  crossing: () => {
    map.removeAttribute('event');
    map.setAttribute('feature', 'al-bukamal-crossing');
  },
};

for (const button of document.querySelectorAll('[data-action]')) {
  button.addEventListener('click', () => actions[button.dataset.action]());
}

map.addEventListener('ready', () => write('ready'));
map.addEventListener('timechange', (event) => write(`timechange: ${event.detail.iso}`));
map.addEventListener('select', (event) => {
  const selected = event.detail;
  write(selected === null ? 'select: nothing' : `select: ${selected.type} ${selected.id}`);
});
