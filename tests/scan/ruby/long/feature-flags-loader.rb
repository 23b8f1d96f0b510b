require "yaml"
require "json"

module FeatureFlags
  DEFAULTS_PATH = File.expand_path("../config/flags.yml", __dir__)

  class << self
    def defaults
      @defaults ||= YAML.safe_load_file(DEFAULTS_PATH, symbolize_names: true) # ok: CWE-502
    end

    def for_account(account)
      overrides = account.flag_overrides.presence || "{}"
      defaults.merge(JSON.parse(overrides, symbolize_names: true))
    end

    def import!(account, uploaded_yaml)
      data = YAML.load(uploaded_yaml) # expect: CWE-502
      raise ArgumentError, "flags must be a hash" unless data.is_a?(Hash)
      account.update!(flag_overrides: data.to_json)
    end

    def export(account)
      for_account(account).to_yaml
    end
  end
end
