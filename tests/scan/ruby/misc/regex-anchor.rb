validates :homepage, format: { with: /^https?:\/\/[\w.-]+$/ } # expect: CWE-625
