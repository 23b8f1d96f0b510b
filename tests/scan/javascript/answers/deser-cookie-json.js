function loadPrefs(cookie) {
  const data = JSON.parse(Buffer.from(cookie, 'base64').toString()); // ok: CWE-502
  return Object.assign(new Preferences(), data);
}
