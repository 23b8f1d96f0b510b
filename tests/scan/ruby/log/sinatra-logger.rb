post "/login" do
  unless check_login(params[:user], params[:password])
    logger.warn "failed login user=#{params[:user]} ip=#{request.ip}" # expect: CWE-117
    halt 401
  end
  "ok"
end
