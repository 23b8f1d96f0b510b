module Types
  class QueryType < Types::BaseObject
    field :books, [Types::BookType], null: false do
      argument :author, String, required: false
      argument :order_by, String, required: false
    end

    def books(author: nil, order_by: "title")
      scope = Book.all
      scope = scope.where(author: author) if author # ok: CWE-89
      scope.order(Arel.sql(order_by)) # expect: CWE-89
    end
  end
end
