import requests
resp = requests.get("https://ci.example.com/api/json", auth=("jenkins", "j3nk1ns-admin"))  # expect: CWE-798
