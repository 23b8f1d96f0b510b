class DedupeVisibilities < ActiveRecord::Migration[7.0]
  def up
    duplicate_where = "WHERE v1.post_id = v2.post_id AND v1.user_id = v2.user_id AND v1.id > v2.id"
    execute("DELETE FROM visibilities AS v1 USING visibilities AS v2 #{duplicate_where}") # ok: CWE-89
    add_index :visibilities, %i[post_id user_id], unique: true
  end
end
