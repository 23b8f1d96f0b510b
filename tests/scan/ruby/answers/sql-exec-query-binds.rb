class CustomersController < ApplicationController
  def search
    result = ActiveRecord::Base.connection.exec_query(
      "SELECT * FROM customers WHERE email = $1 LIMIT 1", "customer_search", [params[:email]] # ok: CWE-89
    )
    render json: result.first
  end
end
