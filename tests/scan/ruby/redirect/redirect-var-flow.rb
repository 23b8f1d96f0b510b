def after_login
  destination = params[:next]
  log_in(@user)
  redirect_to destination # expect: CWE-601
end
