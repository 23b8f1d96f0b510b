import os, requests
resp = requests.get("https://ci.example.com/api/json", auth=(os.environ["CI_USER"], os.environ["CI_TOKEN"]))  # ok: CWE-798
