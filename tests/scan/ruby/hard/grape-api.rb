module Shop
  class API < Grape::API
    format :json
    prefix :api

    helpers do
      def current_account
        @current_account ||= Account.find_by!(api_key: headers["X-Api-Key"])
      end
    end

    resource :orders do
      desc "Search orders by reference"
      params do
        requires :ref, type: String
      end
      get :search do
        current_account.orders.where("ref LIKE '#{params[:ref]}%'").limit(20) # expect: CWE-89
      end

      desc "Show one order"
      get ":id" do
        current_account.orders.find(params[:id])
      end
    end
  end
end
