class CreateBlobs < ActiveRecord::Migration[7.1]
  def change
    create_table :blobs do |t|
      t.binary :raw # ok: CWE-79
      t.string :digest
    end
  end
end

def pack(entries, raw = false)
  if raw
    entries.map(&:bytes)
  else
    entries.map(&:to_s)
  end
end
