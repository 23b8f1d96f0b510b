s = requests.Session()
s.mount("https://", HTTPAdapter(max_retries=3))
resp = s.get(REPORT_URL, verify=False)  # expect: CWE-295
