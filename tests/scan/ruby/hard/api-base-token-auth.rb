class Api::BaseController < ApplicationController
  skip_before_action :verify_authenticity_token # ok: CWE-352
  before_action :authenticate_with_api_key

  private

  def authenticate_with_api_key
    key = request.headers["Authorization"].to_s
    @api_key = ApiKey.find_by_raw(key) or render(plain: "unauthorized", status: :unauthorized)
  end
end
