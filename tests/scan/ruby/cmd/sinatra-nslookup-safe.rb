require "sinatra"
require "json"
require "open3"

set :bind, "0.0.0.0"

helpers do
  def admin!
    halt 401 unless request.env["HTTP_X_ADMIN_TOKEN"] == ENV["ADMIN_TOKEN"]
  end
end

post "/admin/orders/lookup" do
  admin!
  domain = params[:domain].to_s.strip
  halt 400, "domain required" unless domain.match?(/\A[a-z0-9.-]+\z/i)

  output, _st = Open3.capture2e("nslookup", domain) # ok: CWE-78
  status 200
  content_type :json
  { domain: domain, output: output }.to_json
end

get "/health" do
  "ok"
end
