export function newDeviceId() {
  const id = crypto.randomUUID(); // ok: CWE-338
  localStorage.setItem('deviceId', id);
  return id;
}
