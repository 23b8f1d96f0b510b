def create
  username = params[:username].to_s.gsub(/[\r\n]/, "_")
  unless check_login(username, params[:password])
    logger.info "login failed: #{username}" # ok: CWE-117
    head :unauthorized
  end
end
