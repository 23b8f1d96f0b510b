function loadPrefs(cookie) {
  const src = Buffer.from(cookie, 'base64').toString();
  return eval('(' + src + ')'); // expect: CWE-95
}
