require "fileutils"
require "shellwords"

namespace :backup do
  desc "Dump the database and upload it to the backup bucket"
  task dump: :environment do
    cfg = ActiveRecord::Base.connection_db_config.configuration_hash
    stamp = Time.now.utc.strftime("%Y%m%dT%H%M%S")
    dir = ENV.fetch("BACKUP_DIR", "/var/backups/app")
    FileUtils.mkdir_p(dir)
    file = File.join(dir, "#{cfg[:database]}-#{stamp}.sql.gz")

    env = { "PGPASSWORD" => cfg[:password].to_s }
    ok = system(env, "pg_dump", "-h", cfg[:host].to_s, "-U", cfg[:username].to_s, cfg[:database].to_s, # ok: CWE-78
                out: [file.delete_suffix(".gz"), "w"])
    abort "pg_dump failed" unless ok
    system("gzip", "-9", file.delete_suffix(".gz")) || abort("gzip failed") # ok: CWE-78

    bucket = ENV.fetch("BACKUP_BUCKET")
    sh "aws s3 cp #{file} s3://#{bucket}/db/" # expect: CWE-78
    puts "uploaded #{File.basename(file)}"
  end

  desc "Remove local dumps older than a week"
  task prune: :environment do
    Dir.glob(File.join(ENV.fetch("BACKUP_DIR", "/var/backups/app"), "*.sql.gz")).each do |f|
      File.delete(f) if File.mtime(f) < 7.days.ago
    end
  end
end
