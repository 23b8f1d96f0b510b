const serialize = require('node-serialize');

function dumpPrefs(prefs) {
  return Buffer.from(serialize.serialize(prefs)).toString('base64');
}

function loadPrefs(cookie) {
  return serialize.unserialize(Buffer.from(cookie, 'base64').toString()); // expect: CWE-502
}
