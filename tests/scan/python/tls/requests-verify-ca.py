import requests

def fetch_status():
    r = requests.get("https://status.internal/api", timeout=5, verify="/etc/ssl/internal-ca.pem")  # ok: CWE-295
    return r.json()["status"]
