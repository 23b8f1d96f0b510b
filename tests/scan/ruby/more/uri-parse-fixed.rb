def fetch_status
  uri = URI("https://status.example.com/api/v2/status.json")
  JSON.parse(Net::HTTP.get(uri)) # ok: CWE-918
end
