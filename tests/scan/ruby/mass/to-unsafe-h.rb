Profile.create!(params.to_unsafe_h) # expect: CWE-915
