class SessionsController < ApplicationController
  def create
    user = User.find_by(email: params[:email])
    if user && check_login(user, params[:password])
      session[:user_id] = user.id
      redirect_to params[:return_to] || root_path # expect: CWE-601
    else
      flash.now[:alert] = "Invalid email or password"
      render :new, status: :unprocessable_entity
    end
  end
end
