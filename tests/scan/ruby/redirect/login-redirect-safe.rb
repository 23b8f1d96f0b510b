class SessionsController < ApplicationController
  def create
    user = User.find_by(email: params[:email])
    if user && check_login(user, params[:password])
      session[:user_id] = user.id
      target = params[:return_to].to_s
      target = root_path unless target.start_with?("/") && !target.start_with?("//")
      redirect_to target # ok: CWE-601
    else
      flash.now[:alert] = "Invalid email or password"
      render :new, status: :unprocessable_entity
    end
  end
end
