module Searchable
  extend ActiveSupport::Concern

  class_methods do
    def search(term)
      return all if term.blank?
      where("#{table_name}.name ILIKE :q OR #{table_name}.description ILIKE :q", q: "%#{sanitize_sql_like(term)}%") # ok: CWE-89
    end
  end
end
