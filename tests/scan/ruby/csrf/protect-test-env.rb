# config/environments/test.rb
Rails.application.configure do
  config.action_controller.allow_forgery_protection = false # ok: CWE-352
  config.cache_classes = true
  config.eager_load = false
  config.action_mailer.delivery_method = :test
end
