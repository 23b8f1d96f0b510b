def create
  if (user = authenticate(params[:email], params[:password]))
    sign_in(user)
    redirect_to url_from(params[:return_to]) || root_path # ok: CWE-601
  else
    render :new, status: :unauthorized
  end
end
