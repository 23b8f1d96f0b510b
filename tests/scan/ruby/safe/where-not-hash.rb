scope :visible, -> { where.not(state: "hidden").where(deleted_at: nil) } # ok: CWE-89
