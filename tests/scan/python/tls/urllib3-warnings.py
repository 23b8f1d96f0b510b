import urllib3
urllib3.disable_warnings()
http = urllib3.PoolManager(cert_reqs="CERT_NONE")  # expect: CWE-295
