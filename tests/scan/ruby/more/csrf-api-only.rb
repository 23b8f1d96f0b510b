class Api::V2::BaseController < ActionController::Base
  protect_from_forgery with: :null_session, if: -> { request.format.json? && request.authorization.present? } # ok: CWE-352
end
