// tiny templating helper used by the notification service
const fs = require('fs');
const path = require('path');

const TEMPLATE_DIR = path.join(__dirname, 'templates');
const cache = new Map();

function load(name) {
  if (!cache.has(name)) {
    const src = fs.readFileSync(path.join(TEMPLATE_DIR, name + '.tpl'), 'utf8');
    const body = 'return `' + src.replace(/`/g, '\\`') + '`;';
    cache.set(name, new Function('data', 'with (data) { ' + body + ' }')); // expect: CWE-95
  }
  return cache.get(name);
}

function render(name, data) {
  return load(name)(data);
}

module.exports = { render };
