class ApplicationController < ActionController::Base
  protect_from_forgery with: :exception # ok: CWE-352
end
