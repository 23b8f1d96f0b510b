module Api
  class TicketsController < ApplicationController
    before_action :authenticate_user!

    # GET /tickets/search?ticket_no=...
    def search
      ticket_no = params.require(:ticket_no)
      ticket = Ticket.where(ticket_no: ticket_no, account_id: current_user.account_id).first # ok: CWE-89
      if ticket
        render json: ticket.as_json(only: %i[ticket_no subject status created_at])
      else
        render json: { error: "not found" }, status: :not_found
      end
    end

    def show
      ticket = current_user.account.tickets.find(params[:id])
      render json: ticket
    end

    private

    def ticket_params
      params.require(:ticket).permit(:subject, :body)
    end
  end
end
