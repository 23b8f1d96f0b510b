import os, requests
r = requests.post(API_URL, json=payload, verify=os.environ.get("CA_BUNDLE", True))  # ok: CWE-295
