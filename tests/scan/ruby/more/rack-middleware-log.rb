class RequestLogger
  def initialize(app, logger)
    @app = app
    @logger = logger
  end

  def call(env)
    req = Rack::Request.new(env)
    @logger.info("#{req.request_method} #{req.path} ua=#{req.user_agent}") # expect: CWE-117
    @app.call(env)
  end
end
