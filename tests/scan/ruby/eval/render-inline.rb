def preview
  render inline: params[:template] # expect: CWE-94
end
