post "/login" do
  halt 401 unless check_login(params[:user], params[:password])
  session[:user] = params[:user]
  redirect params[:next] || "/" # expect: CWE-601
end
