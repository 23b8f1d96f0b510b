export function csrfToken(): string {
  const buf = new Uint8Array(32);
  crypto.getRandomValues(buf); // ok: CWE-338
  return Array.from(buf, (b) => b.toString(16).padStart(2, '0')).join('');
}
