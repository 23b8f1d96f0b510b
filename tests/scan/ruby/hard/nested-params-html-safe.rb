def preview
  @title = params[:post][:title].html_safe # expect: CWE-79
end
