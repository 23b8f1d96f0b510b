class SessionsController < ApplicationController
  def create
    if check_login(params[:username], params[:password])
      session[:user] = params[:username]
      redirect_to root_path
    else
      logger.warn "Login failed for user #{params[:username]}" # expect: CWE-117
      head :unauthorized
    end
  end
end
