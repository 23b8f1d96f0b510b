class Pipeline
  def initialize(steps)
    @steps = steps
  end

  def run(context)
    @steps.each { |step| step.exec(context) } # ok: CWE-78
  end
end
