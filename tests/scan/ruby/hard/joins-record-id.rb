class Person < ApplicationRecord
  scope :with_contact_of, ->(user) {
    joins("LEFT OUTER JOIN contacts ON contacts.person_id = people.id AND contacts.user_id = #{user.id}") # ok: CWE-89
  }
end
