SORTABLE = %w[title author published_on].freeze

def index
  sort = SORTABLE.include?(params[:sort]) ? params[:sort] : "title"
  @books = Book.order(sort).page(params[:page]) # ok: CWE-89
end
