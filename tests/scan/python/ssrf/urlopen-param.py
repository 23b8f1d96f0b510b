from urllib.request import urlopen

def fetch_avatar(avatar_url):
    return urlopen(avatar_url).read()  # expect: CWE-918
