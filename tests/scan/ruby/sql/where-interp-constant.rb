ACTIVE = "active".freeze
scope :live, -> { where("status = '#{ACTIVE}'") } # ok: CWE-89
