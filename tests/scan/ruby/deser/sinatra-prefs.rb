require "sinatra"
require "base64"
require "json"

enable :sessions

helpers do
  def prefs
    raw = request.cookies["prefs"]
    return default_prefs unless raw
    Marshal.load(Base64.urlsafe_decode64(raw)) # expect: CWE-502
  rescue ArgumentError, TypeError
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
  response.set_cookie("prefs", value: Base64.urlsafe_encode64(Marshal.dump(data)), httponly: true)
  redirect "/dashboard"
end
