// tiny templating helper used by the notification service
const fs = require('fs');
const path = require('path');
const Handlebars = require('handlebars');

const TEMPLATE_DIR = path.join(__dirname, 'templates');
const cache = new Map();

function load(name) {
  if (!cache.has(name)) {
    const src = fs.readFileSync(path.join(TEMPLATE_DIR, name + '.hbs'), 'utf8');
    cache.set(name, Handlebars.compile(src)); // ok: CWE-95
  }
  return cache.get(name);
}

function render(name, data) {
  return load(name)(data);
}

function names() {
  return fs.readdirSync(TEMPLATE_DIR).map((f) => f.replace(/\.hbs$/, ''));
}

module.exports = { render, names };
