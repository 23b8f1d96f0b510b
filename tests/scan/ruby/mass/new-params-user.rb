def create
  @user = User.new(params[:user]) # expect: CWE-915
  @user.save
end
