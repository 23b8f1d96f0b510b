def report
  data = ReportBuilder.new(current_account).send("#{params[:kind]}_report") # expect: CWE-95
  render json: data
end
