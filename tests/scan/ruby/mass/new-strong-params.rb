def create
  @user = User.new(user_params) # ok: CWE-915
  @user.save
end

private

def user_params
  params.require(:user).permit(:name, :email, :password)
end
