require "open-uri"

def fetch_title(url)
  URI.open(url).read[/<title>(.*?)<\/title>/m, 1] # expect: CWE-918
end
