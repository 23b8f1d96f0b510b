module Api
  class BaseController < ActionController::API
    before_action :authenticate_with_token!

    private

    def authenticate_with_token!
      token = request.headers["Authorization"].to_s.delete_prefix("Bearer ")
      @partner = Partner.find_by(api_token: token) || head(:unauthorized)
    end
  end
end
