class CustomersController < ApplicationController
  protect_from_forgery except: :update # expect: CWE-352

  def update
    customer = Customer.find(params[:id])
    customer.update!(params.require(:customer).permit(:name, :email))
    head :ok
  end
end
