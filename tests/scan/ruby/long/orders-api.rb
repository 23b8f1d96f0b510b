module Api
  module V1
    class OrdersController < Api::BaseController
      def index
        scope = current_account.orders
        scope = scope.where(status: params[:status]) if params[:status].present?
        scope = scope.where("ref ILIKE ?", "#{params[:q]}%") if params[:q].present? # ok: CWE-89
        sort = %w[created_at total_cents ref].include?(params[:sort]) ? params[:sort] : "created_at"
        render json: scope.order(sort => :desc).limit(100) # ok: CWE-89
      end

      def show
        render json: current_account.orders.find_by!(ref: params[:ref])
      end

      def update
        order = current_account.orders.find_by!(ref: params[:ref])
        order.update!(params.require(:order).permit(:shipping_address, :notes)) # ok: CWE-915
        render json: order
      end

      def bulk_cancel
        refs = Array(params[:refs]).map(&:to_s)
        current_account.orders.where(ref: refs).update_all(status: "cancelled")
        head :no_content
      end

      def stats
        render json: current_account.orders.group("date_trunc('#{params[:bucket]}', created_at)").count # expect: CWE-89
      end
    end
  end
end
