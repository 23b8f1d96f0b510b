require "sinatra"
require "sequel"
require "erb"

DB = Sequel.connect(ENV.fetch("DATABASE_URL"))

helpers do
  include ERB::Util
end

get "/reports/:year" do
  year = Integer(params[:year])
  rows = DB[:sales].where(Sequel.extract(:year, :sold_on) => year).group_and_count(:region).all # ok: CWE-89
  erb :report, locals: { rows: rows, year: year }
end

get "/reports/search" do
  region = params[:region].to_s
  rows = DB["SELECT region, SUM(total) AS total FROM sales WHERE region = '#{region}' GROUP BY region"].all # expect: CWE-89
  "<h1>Sales for #{h(region)}</h1><p>#{rows.first&.fetch(:total, 0)}</p>" # ok: CWE-79
end

get "/reports/title" do
  "<h1>#{params[:title]}</h1>" # expect: CWE-79
end
