def show
  render html: "<h1>#{params[:title]}</h1>".html_safe # expect: CWE-79
end
