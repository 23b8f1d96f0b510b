class OauthCallbacksController < ApplicationController
  skip_before_action :verify_authenticity_token, only: :create # expect: CWE-352

  def new
    state = SecureRandom.hex(24) # ok: CWE-338
    session[:oauth_state] = state
    session[:return_to] = params[:return_to]
    redirect_to provider_authorize_url(state: state), allow_other_host: true # ok: CWE-601
  end

  def create
    unless ActiveSupport::SecurityUtils.secure_compare(params[:state].to_s, session.delete(:oauth_state).to_s)
      return head(:forbidden)
    end
    user = User.from_oauth(exchange_code(params[:code]))
    sign_in(user)
    redirect_to session.delete(:return_to) || root_path # expect: CWE-601
  end

  private

  def exchange_code(code)
    http = Net::HTTP.new("auth.example.com", 443)
    http.use_ssl = true
    res = http.post("/oauth/token", URI.encode_www_form(code: code, client_id: ENV["OAUTH_ID"], client_secret: ENV["OAUTH_SECRET"]))
    JSON.parse(res.body)
  end
end
