namespace :deploy do
  desc "Tag and push a release"
  task :tag, [:version] do |_t, args|
    version = args[:version] or abort "usage: rake deploy:tag[1.2.3]"
    sh "git tag -a v#{version} -m 'Release #{version}'" # expect: CWE-78
    sh "git", "push", "origin", "v#{version}" # ok: CWE-78
  end
end
