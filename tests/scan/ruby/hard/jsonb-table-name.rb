class Role < ApplicationRecord
  scope :for_gem, ->(gem) { where("(#{arel_table.name}.permissions->'gems')::jsonb @> ?", [gem.name].to_json) } # ok: CWE-89
  scope :ordered, -> { order(Arel.sql("#{quoted_table_name}.position ASC NULLS LAST")) } # ok: CWE-89
end
