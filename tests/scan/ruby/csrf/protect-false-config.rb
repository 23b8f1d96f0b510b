Rails.application.configure do
  config.action_controller.allow_forgery_protection = false # expect: CWE-352
end
