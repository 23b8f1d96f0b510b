import requests

def fetch_status():
    r = requests.get(STATUS_URL, timeout=5, verify=False)  # expect: CWE-295
    return r.json()["status"]
