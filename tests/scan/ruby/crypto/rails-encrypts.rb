class BankAccount < ApplicationRecord
  encrypts :account_number, deterministic: false
end
