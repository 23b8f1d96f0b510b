class CustomersController < ApplicationController
  def search
    email = params[:email]
    result = ActiveRecord::Base.connection.exec_query("SELECT * FROM customers WHERE email = '#{email}' LIMIT 1") # expect: CWE-89
    render json: result.first
  end
end
