def index
  @books = Book.order(published_on: :desc).page(params[:page]) # ok: CWE-89
end
