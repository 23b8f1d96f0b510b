export async function getUser(id: string) {
  const r = await fetch(`${process.env.API_URL}/users/${encodeURIComponent(id)}`); // ok: CWE-918
  return r.json();
}
