TYPES = { "note" => Note, "task" => Task }.freeze

def create
  klass = TYPES.fetch(params[:type]) # ok: CWE-470
  @record = klass.new(record_params)
end
