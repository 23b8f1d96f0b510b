class InvoicesController < ApplicationController
  skip_before_action :verify_authenticity_token, only: :update # expect: CWE-352

  def update
    invoice = Invoice.find(params[:id])
    invoice.update!(invoice_params)
    head :ok
  end
end
