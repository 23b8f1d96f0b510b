import requests
API_BASE = "https://api.github.com"

def repo_info(owner, name):
    return requests.get(f"{API_BASE}/repos/{owner}/{name}", timeout=10).json()  # ok: CWE-918
