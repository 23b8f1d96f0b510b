post "/login" do
  halt 401 unless check_login(params[:user], params[:password])
  session[:user] = params[:user]
  redirect to("/dashboard") # ok: CWE-601
end
