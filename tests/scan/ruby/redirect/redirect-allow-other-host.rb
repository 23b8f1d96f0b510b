def callback
  redirect_to params[:url], allow_other_host: true # expect: CWE-601
end
