require "open-uri"

def rates
  JSON.parse(URI.open("https://api.example.com/rates").read) # ok: CWE-918
end
