def new_salt
  salt = ""
  16.times { salt << rand(256).chr } # expect: CWE-338
  salt
end
