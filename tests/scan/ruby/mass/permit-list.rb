class UsersController < ApplicationController
  def update
    @user = User.find(params[:id])
    @user.update(params.require(:user).permit(:name, :email, :avatar)) # ok: CWE-915
    redirect_to @user
  end
end
