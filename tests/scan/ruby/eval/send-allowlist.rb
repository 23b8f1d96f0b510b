SCOPES = %w[recent popular featured].freeze

def sort_and_filter
  scope = SCOPES.include?(params[:scope]) ? params[:scope] : "recent"
  @items = Item.public_send(scope) # ok: CWE-95
end
