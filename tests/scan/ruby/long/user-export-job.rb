class UserExportJob < ApplicationJob
  queue_as :exports

  def perform(admin_id, filters)
    admin = User.find(admin_id)
    scope = User.all
    scope = scope.where(role: filters["role"]) if filters["role"].present?
    scope = scope.where("created_at >= ?", Date.parse(filters["since"])) if filters["since"].present? # ok: CWE-89
    scope = scope.where("email LIKE '%#{filters['domain']}'") if filters["domain"].present? # expect: CWE-89

    Tempfile.create(["users", ".csv"]) do |file| # ok: CWE-377
      CSV.open(file.path, "w") do |csv|
        csv << %w[id email role created_at]
        scope.find_each { |u| csv << [u.id, u.email, u.role, u.created_at.iso8601] }
      end
      AdminMailer.export_ready(admin, File.read(file.path)).deliver_now
    end
    Rails.logger.info("user export for admin #{admin.id} finished") # ok: CWE-117
  end
end
