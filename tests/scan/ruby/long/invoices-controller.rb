class InvoicesController < ApplicationController
  before_action :authenticate_user!
  before_action :set_invoice, only: %i[show download update]

  def index
    @invoices = current_account.invoices
                               .where(status: params[:status].presence || "open")
                               .order(issued_on: :desc)
                               .page(params[:page])
  end

  def show; end

  def download
    path = Rails.root.join("storage", "invoices", @invoice.file_key)
    send_file path, filename: "#{@invoice.number}.pdf", type: "application/pdf" # ok: CWE-22
  end

  def archive
    dir = params[:dir].to_s
    send_file File.join("/srv/archive", dir, "#{params[:number]}.pdf") # expect: CWE-22
  end

  def update
    if @invoice.update(invoice_params) # ok: CWE-915
      redirect_to @invoice, notice: "Invoice updated"
    else
      render :show, status: :unprocessable_entity
    end
  end

  private

  def set_invoice
    @invoice = current_account.invoices.find(params[:id])
  end

  def invoice_params
    params.require(:invoice).permit(:due_on, :notes)
  end
end
