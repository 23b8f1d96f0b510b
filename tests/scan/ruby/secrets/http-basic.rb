class AdminController < ApplicationController
  http_basic_authenticate_with name: "admin", password: "Adm1n!2024" # expect: CWE-798
end
