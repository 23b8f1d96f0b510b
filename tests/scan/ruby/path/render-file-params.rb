def show
  render file: "public/pages/#{params[:page]}.html" # expect: CWE-22
end
