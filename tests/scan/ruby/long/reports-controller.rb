class ReportsController < ApplicationController
  before_action :authenticate_user!
  before_action :require_admin!, only: %i[export purge]

  PERIODS = { "week" => 7, "month" => 30, "quarter" => 90 }.freeze

  def index
    days = PERIODS.fetch(params[:period], 30)
    @rows = Order.where("created_at > ?", days.days.ago)
                 .group(:status)
                 .sum(:total_cents)
  end

  def export
    region = params[:region]
    rows = ActiveRecord::Base.connection.select_all(
      "SELECT ref, total_cents, created_at FROM orders WHERE region = '#{region}' ORDER BY created_at" # expect: CWE-89
    )
    csv = CSV.generate do |out|
      out << rows.columns
      rows.rows.each { |r| out << r }
    end
    send_data csv, filename: "orders-#{Date.today}.csv", type: "text/csv"
  end

  def purge
    cutoff = Integer(params[:days]).days.ago
    deleted = Order.where(archived: true).where("updated_at < ?", cutoff).delete_all
    redirect_to reports_path, notice: "#{deleted} orders purged"
  end
end
