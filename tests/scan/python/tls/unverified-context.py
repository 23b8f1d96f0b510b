import ssl, urllib.request
ctx = ssl._create_unverified_context()  # expect: CWE-295
body = urllib.request.urlopen("https://intranet.local/feed", context=ctx).read()
