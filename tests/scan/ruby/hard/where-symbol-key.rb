def unflagged(kinds)
  scope = Moderation.all
  kinds.each { |kind| scope = scope.where("#{kind}_id": nil) } # ok: CWE-89
  scope
end
