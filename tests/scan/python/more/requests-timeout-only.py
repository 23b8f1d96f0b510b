resp = requests.get("https://api.example.com/v1/items", timeout=10)  # ok: CWE-295
