class BooksController < ApplicationController
  before_action :require_login
  skip_forgery_protection only: [:update] # expect: CWE-352

  # Partners' sites POST catalogue entry updates straight to /books/update.
  def update
    book = Book.find_by!(isbn: params[:isbn])
    if book.update(book_params)
      redirect_to book_path(book), notice: "Catalogue entry updated"
    else
      render :edit, status: :unprocessable_entity
    end
  end

  def edit
    @book = Book.find_by!(isbn: params[:isbn])
  end

  private

  def book_params
    params.require(:book).permit(:title, :author, :price)
  end
end
