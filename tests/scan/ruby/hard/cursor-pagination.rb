module CursorPagination
  def paginate(items, cursor_column: :id)
    qualified_column = "#{items.table_name}.#{cursor_column}"
    if params[:before]
      items.where("#{qualified_column} < ?", params[:before]).reorder(cursor_column => :desc) # ok: CWE-89
    elsif params[:after]
      items.where("#{qualified_column} > ?", params[:after]).reorder(cursor_column => :asc)
    else
      items.reorder(cursor_column => :desc)
    end
  end
end
