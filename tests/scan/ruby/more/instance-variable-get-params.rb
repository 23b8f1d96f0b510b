def show
  value = @report.instance_variable_get("@#{params[:field]}") # expect: CWE-915
  render json: { value: value }
end
