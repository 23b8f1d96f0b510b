require "yaml"
require "json"
require "digest"

class SettingsImporter
  ALLOWED_KEYS = %w[theme locale timezone notifications].freeze

  def initialize(account)
    @account = account
  end

  def import_yaml(text)
    data = YAML.safe_load(text, permitted_classes: [], aliases: false) # ok: CWE-502
    apply(data)
  end

  def import_legacy(blob)
    data = Marshal.load(Base64.decode64(blob)) # expect: CWE-502
    apply(data)
  end

  def fingerprint(data)
    Digest::SHA1.hexdigest(JSON.generate(data)) # expect: CWE-328
  end

  private

  def apply(data)
    raise ArgumentError, "settings must be a hash" unless data.is_a?(Hash)
    @account.update!(settings: data.slice(*ALLOWED_KEYS))
  end
end
