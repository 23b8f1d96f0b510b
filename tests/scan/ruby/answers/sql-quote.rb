class CustomersController < ApplicationController
  def search
    quoted = ActiveRecord::Base.connection.quote(params[:email])
    row = ActiveRecord::Base.connection.select_one("SELECT * FROM customers WHERE email = #{quoted}") # ok: CWE-89
    row ? render(json: row) : head(:not_found)
  end
end
