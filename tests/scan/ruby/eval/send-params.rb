def sort_and_filter
  @items = Item.public_send(params[:scope]) # expect: CWE-95
end
