def create
  username = params[:username]
  unless check_login(username, params[:password])
    logger.info "login failed: " + username # expect: CWE-117
    head :unauthorized
  end
end
