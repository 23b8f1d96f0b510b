import requests
r = requests.get("https://api.openweathermap.org/data/2.5/weather", params={"q": city, "appid": "b6907d289e10d714a6e88b30761fae22"})  # expect: CWE-798
