import ssl, urllib.request
ctx = ssl.create_default_context()  # ok: CWE-295
body = urllib.request.urlopen("https://intranet.local/feed", context=ctx).read()
