class Admin::DiagnosticsController < Admin::BaseController
  def ping
    host = params[:host]
    @output = `ping -c 3 #{host}` # expect: CWE-78
    render :ping
  end
end
