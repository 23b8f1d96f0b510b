class ExportWorker
  include Sidekiq::Job
  sidekiq_options queue: :exports, retry: 3

  def perform(account_id, format)
    account = Account.find(account_id)
    dir = Rails.root.join("tmp", "exports", account_id.to_s)
    FileUtils.mkdir_p(dir)
    out = dir.join("orders.#{format}")
    `psql #{ENV.fetch("DATABASE_URL")} -c "\\copy (SELECT * FROM orders WHERE account_id = #{account.id}) TO '#{out}' CSV"` # expect: CWE-78
    ExportMailer.ready(account, out.to_s).deliver_now
  end
end
