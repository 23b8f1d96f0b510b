require "fileutils"
require "csv"

class DailyReport
  def initialize(table)
    @table = table
  end

  def write(rows)
    dir = "/srv/shared/#{@table}-reports"
    FileUtils.mkdir_p(dir)
    FileUtils.chmod(0o2770, dir) # ok: CWE-732
    path = File.join(dir, "report-#{Date.today.iso8601}.csv")
    CSV.open(path, "w") do |csv|
      csv << %w[id total created_at]
      rows.each { |r| csv << [r.id, r.total, r.created_at] }
    end
    File.chmod(0o660, path)
    path
  end
end
