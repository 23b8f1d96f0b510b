def create
  klass = params[:type].constantize # expect: CWE-470
  @record = klass.new(record_params)
end
