system("bundle exec rake assets:precompile") # ok: CWE-78
