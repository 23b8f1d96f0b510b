class Coupon < ApplicationRecord
  before_create { self.code = Array.new(8) { ("A".."Z").to_a.sample }.join } # expect: CWE-338
end
