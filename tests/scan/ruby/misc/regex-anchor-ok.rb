validates :homepage, format: { with: /\Ahttps?:\/\/[\w.-]+\z/ } # ok: CWE-625
