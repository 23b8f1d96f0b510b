class SessionsController < ApplicationController
  def create
    user = User.authenticate(params[:username], params[:password])
    if user
      session[:user_id] = user.id
      redirect_to dashboard_path
    else
      Rails.logger.warn("Failed login for #{params[:username]}") # expect: CWE-117
      render :new, status: :unauthorized
    end
  end
end
