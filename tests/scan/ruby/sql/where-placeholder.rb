class CustomersController < ApplicationController
  def search
    @customers = Customer.where("email LIKE ?", "%#{params[:q]}%") # ok: CWE-89
    render :index
  end
end
