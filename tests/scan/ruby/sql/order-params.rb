def index
  @books = Book.order(params[:sort]).page(params[:page]) # expect: CWE-89
end
