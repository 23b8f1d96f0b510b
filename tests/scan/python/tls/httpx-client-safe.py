import httpx
client = httpx.Client(base_url="https://partner.example", verify=True)  # ok: CWE-295
