require "thor"

class Deploy < Thor
  desc "release VERSION", "build and push an image"
  def release(version)
    run_cmd("docker", "build", "-t", "registry.example.com/app:#{version}", ".") # ok: CWE-78
    system("docker push registry.example.com/app:#{version}") # expect: CWE-78
  end

  private

  def run_cmd(*args)
    system(*args) || abort("failed: #{args.join(' ')}")
  end
end
