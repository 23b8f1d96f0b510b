class SessionsController < ApplicationController
  skip_before_action :require_login, only: %i[new create]
  rate_limit to: 10, within: 3.minutes, only: :create

  def new
    @return_to = params[:return_to]
  end

  def create
    user = User.find_by(email: params[:email].to_s.downcase)
    if user&.authenticate(params[:password])
      reset_session
      session[:user_id] = user.id
      cookies.encrypted[:remember] = { value: user.remember_token, httponly: true, secure: true, expires: 2.weeks } # ok: CWE-1004
      redirect_to safe_return_to || dashboard_path # ok: CWE-601
    else
      Rails.logger.warn("login failed email=#{params[:email]}") # expect: CWE-117
      flash.now[:alert] = "Invalid email or password"
      render :new, status: :unprocessable_entity
    end
  end

  def destroy
    reset_session
    redirect_to root_path
  end

  private

  def safe_return_to
    target = params[:return_to].to_s
    target if target.start_with?("/") && !target.start_with?("//")
  end
end
