import aiohttp

async def fetch(url):
    conn = aiohttp.TCPConnector(ssl=False)  # expect: CWE-295
    async with aiohttp.ClientSession(connector=conn) as s:
        async with s.get(url) as r:
            return await r.text()
