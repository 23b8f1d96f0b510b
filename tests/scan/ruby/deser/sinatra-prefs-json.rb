require "sinatra"
require "base64"
require "json"

enable :sessions

helpers do
  def prefs
    raw = request.cookies["prefs"]
    return default_prefs unless raw
    JSON.parse(Base64.urlsafe_decode64(raw)) # ok: CWE-502
  rescue ArgumentError, JSON::ParserError
    default_prefs
  end

  def default_prefs
    { "theme" => "light", "widgets" => %w[orders tickets] }
  end
end

get "/dashboard" do
  @prefs = prefs
  erb :dashboard
end

post "/dashboard/prefs" do
  data = { "theme" => params[:theme], "widgets" => Array(params[:widgets]) }
  response.set_cookie("prefs", value: Base64.urlsafe_encode64(data.to_json), httponly: true)
  redirect "/dashboard"
end
