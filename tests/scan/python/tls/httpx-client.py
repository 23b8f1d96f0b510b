import httpx
client = httpx.Client(base_url="https://partner.example", verify=False)  # expect: CWE-295
