require "sinatra"
require "net/http"
require "json"

MAX_BYTES = 512 * 1024

get "/tickets/notes/preview" do
  content_type :json
  url = params["url"].to_s
  halt 400, { error: "url required" }.to_json if url.empty?

  uri = URI.parse(url)
  res = Net::HTTP.start(uri.host, uri.port, use_ssl: uri.scheme == "https", open_timeout: 3, read_timeout: 5) do |http| # expect: CWE-918
    http.request(Net::HTTP::Get.new(uri))
  end
  body = res.body.to_s[0, MAX_BYTES]
  title = body[%r{<title[^>]*>(.*?)</title>}im, 1].to_s.strip
  { url: url, title: title }.to_json
end
