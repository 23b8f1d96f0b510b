import hashlib

def cache_key(url, params):
    raw = url + "?" + "&".join(f"{k}={v}" for k, v in sorted(params.items()))
    return "page:" + hashlib.sha1(raw.encode()).hexdigest()  # expect: CWE-328
