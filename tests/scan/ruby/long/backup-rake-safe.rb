require "fileutils"

namespace :backup do
  desc "Dump the database and upload it to the backup bucket"
  task dump: :environment do
    cfg = ActiveRecord::Base.connection_db_config.configuration_hash
    stamp = Time.now.utc.strftime("%Y%m%dT%H%M%S")
    dir = ENV.fetch("BACKUP_DIR", "/var/backups/app")
    FileUtils.mkdir_p(dir, mode: 0o700) # ok: CWE-732
    file = File.join(dir, "#{cfg[:database]}-#{stamp}.dump")

    env = { "PGPASSWORD" => cfg[:password].to_s }
    ok = system(env, "pg_dump", "-Fc", "-h", cfg[:host].to_s, "-U", cfg[:username].to_s, "-f", file, cfg[:database].to_s) # ok: CWE-78
    abort "pg_dump failed" unless ok

    bucket = ENV.fetch("BACKUP_BUCKET")
    sh "aws", "s3", "cp", file, "s3://#{bucket}/db/" # ok: CWE-78
    puts "uploaded #{File.basename(file)}"
  end

  desc "Remove local dumps older than a week"
  task prune: :environment do
    Dir.glob(File.join(ENV.fetch("BACKUP_DIR", "/var/backups/app"), "*.dump")).each do |f|
      File.delete(f) if File.mtime(f) < 7.days.ago
    end
  end
end
