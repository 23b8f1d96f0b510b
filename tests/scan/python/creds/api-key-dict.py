HEADERS = {
    "Accept": "application/json",
    "X-Api-Key": "9c1f4e7a2b8d3c6f0a5e",  # expect: CWE-798
}
client_config = {"api_key": "AIzaSyD3x9-Qm4Lp2Rt8Vw1Zk7Yh5Ns6Bc0"}  # expect: CWE-798
