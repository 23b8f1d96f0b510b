export async function POST(request: Request) {
  const { imageUrl } = await request.json();
  const upstream = await fetch(imageUrl); // expect: CWE-918
  return new Response(upstream.body, { headers: { 'content-type': 'image/png' } });
}
