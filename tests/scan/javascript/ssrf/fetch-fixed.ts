export async function GET() {
  const upstream = await fetch('https://api.example.com/v1/status'); // ok: CWE-918
  return Response.json(await upstream.json());
}
