class CustomersController < ApplicationController
  def search
    @customers = Customer.where(email: params[:email]) # ok: CWE-89
    render :index
  end
end
