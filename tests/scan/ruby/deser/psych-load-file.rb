config = Psych.load_file(params[:config_path]) # expect: CWE-502
