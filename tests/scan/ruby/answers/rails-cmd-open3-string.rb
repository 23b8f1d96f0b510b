class Admin::PingController < Admin::BaseController
  def create
    stdout, stderr, _status = Open3.capture3("ping -c 3 #{params[:host]}") # expect: CWE-78
    render plain: stdout + stderr
  end
end
