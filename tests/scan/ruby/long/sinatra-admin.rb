require "sinatra/base"
require "json"
require "open3"

class AdminApp < Sinatra::Base
  use Rack::Auth::Basic, "admin" do |user, pass|
    Rack::Utils.secure_compare(user, "ops") && Rack::Utils.secure_compare(pass, ENV.fetch("ADMIN_PASS"))
  end

  get "/queues" do
    content_type :json
    Sidekiq::Queue.all.map { |q| { name: q.name, size: q.size } }.to_json
  end

  post "/restart" do
    service = params[:service].to_s
    halt 400 unless %w[web worker scheduler].include?(service)
    out, status = Open3.capture2e("systemctl", "restart", "app-#{service}") # ok: CWE-78
    halt 500, out unless status.success?
    "restarted #{service}"
  end

  post "/tail" do
    lines = params[:lines].to_i.clamp(1, 500)
    `tail -n #{lines} /var/log/app/production.log` # ok: CWE-78
  end

  post "/grep" do
    `grep -i "#{params[:q]}" /var/log/app/production.log | tail -100` # expect: CWE-78
  end
end
