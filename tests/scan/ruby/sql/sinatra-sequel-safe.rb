require "sinatra"
require "sequel"
require "json"

DB = Sequel.connect(ENV.fetch("DATABASE_URL"))

before do
  content_type :json
end

get "/staff/search" do
  badge = params["badge"].to_s
  halt 400, { error: "badge required" }.to_json if badge.empty?

  rows = DB["SELECT name, badge, team FROM staff WHERE badge = ?", badge].all # ok: CWE-89
  halt 404, { error: "not found" }.to_json if rows.empty?

  rows.first.to_json
end

get "/staff/:id" do
  row = DB[:staff].where(id: params["id"].to_i).first
  halt 404 unless row
  row.to_json
end
